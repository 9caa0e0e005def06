import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { translate } from './translate';

describe('message catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
  });

  it('keeps Vietnamese text in NFC with its diacritics', () => {
    for (const value of Object.values(messages.vi)) {
      expect(value).toBe(value.normalize('NFC'));
    }
    expect(translate('vi', 'app.name')).toBe('Phản ánh hiện trường');
  });
});
