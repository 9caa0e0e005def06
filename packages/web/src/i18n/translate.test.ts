import {
  ASSIGNMENT_ACTIONS,
  ASSIGNMENT_STATES,
  EVENT_TYPES,
  REPORT_ACTIONS,
  REPORT_CHANNELS,
  REPORT_KINDS,
  REPORT_STATES,
  VALIDATION_MESSAGES,
} from '@paht/domain';
import { describe, expect, it } from 'vitest';
import { labelKey } from '../lib/labels';
import { MESSAGE_PARTS, messages } from './messages';
import type { MessageKey } from './messages';
import { localised, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
  });

  it('defines each key in one part of the catalogue only', () => {
    const keys = MESSAGE_PARTS.flatMap((part) => Object.keys(part));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('names every state, event, action, channel and kind of the lifecycle', () => {
    const missing = [
      ...REPORT_STATES.map((code) => ['reportState', code] as const),
      ...ASSIGNMENT_STATES.map((code) => ['assignmentState', code] as const),
      ...EVENT_TYPES.map((code) => ['event', code] as const),
      ...[...REPORT_ACTIONS, ...ASSIGNMENT_ACTIONS].map((code) => ['action', code] as const),
      ...REPORT_CHANNELS.map((code) => ['channel', code] as const),
      ...REPORT_KINDS.map((code) => ['kind', code] as const),
    ].filter(([list, code]) => labelKey(list, code) === null);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(messages.vi) as MessageKey[]) {
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.vi[key]));
    }
  });

  it('keeps Vietnamese text in NFC with its diacritics', () => {
    for (const value of Object.values(messages.vi)) {
      expect(value).toBe(value.normalize('NFC'));
    }
    expect(translate('vi', 'app.name')).toBe('Phản ánh hiện trường');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'staff.title', { name: 'Nguyễn Văn An' })).toBe(
      'Xin chào, Nguyễn Văn An',
    );
    expect(translate('en', 'staff.title')).toBe('Hello, {name}');
  });

  it('words the password rule as the server does', () => {
    expect(localised('password.tooShort')).toEqual(VALIDATION_MESSAGES['password.too_short']);
    expect(localised('password.tooWeak')).toEqual(VALIDATION_MESSAGES['password.too_weak']);
  });
});
