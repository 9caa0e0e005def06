import { VALIDATION_MESSAGES } from '@paht/domain';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import type { MessageKey } from './messages';
import { localised, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
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
