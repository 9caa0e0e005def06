import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './normalize';
import { canonicalTone } from './tone';

// VIETNAM.md §4.1: QĐ 1989/QĐ-BGDĐT Art. 8 ("new") vs the traditional placement ("old").
describe('canonicalTone', () => {
  it.each([
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['Thúy', 'Thuý'],
    ['Ủy ban', 'Uỷ ban'],
    ['HÒA BÌNH', 'HOÀ BÌNH'],
    ['òa khóc', 'oà khóc'],
  ])('old %s ↔ new %s', (old, current) => {
    expect(canonicalTone(old, 'new')).toBe(current);
    expect(canonicalTone(current, 'old')).toBe(old.normalize('NFC'));
    expect(canonicalTone(old, 'old')).toBe(old);
    expect(canonicalTone(current, 'new')).toBe(current);
  });

  it.each(['hoàng', 'quý', 'quả', 'giữ', 'người', 'mùa', 'tuổi', 'của'])(
    'leaves %s the same in both styles',
    (word) => {
      expect(canonicalTone(word, 'new')).toBe(word);
      expect(canonicalTone(word, 'old')).toBe(word);
    },
  );

  it.each([
    ['khuỷu', 'three-vowel nucleus: the middle vowel'],
    ['ngoài', 'three-vowel nucleus: the middle vowel'],
    ['Nguyễn', 'ê takes the mark'],
    ['thuở', 'ơ takes the mark'],
    ['hoạch', 'a final consonant puts it on the second vowel'],
    ['thuyết', 'ê takes the mark'],
    ['gì', 'gi without another vowel: i is the nucleus'],
    ['gìn', 'gi without another vowel: i is the nucleus'],
    ['quốc', 'qu is the onset'],
  ])('%s (%s)', (word) => {
    expect(canonicalTone(word, 'new')).toBe(word);
    expect(canonicalTone(word, 'old')).toBe(word);
  });

  it('repairs a mark typed on the onset glide of qu/gi', () => {
    expect(canonicalTone('qúy', 'new')).toBe('quý');
    expect(canonicalTone('gịa', 'old')).toBe('giạ');
  });

  it('works on sentences, keeps punctuation and spacing, and accepts NFD input', () => {
    const text = 'Đường Hòa Bình, phường Phước Hòa – Khánh Hòa: cây đổ, 2 người bị thủy đậu.';
    expect(canonicalTone(text.normalize('NFD'), 'new')).toBe(
      'Đường Hoà Bình, phường Phước Hoà – Khánh Hoà: cây đổ, 2 người bị thuỷ đậu.',
    );
  });

  it('leaves words that are not Vietnamese syllables alone', () => {
    for (const word of ['café', 'naïve', 'Zoë', 'ḿ', 'Москва', 'hòaà']) {
      expect(canonicalTone(word, 'new')).toBe(word.normalize('NFC'));
    }
  });

  it('is idempotent, style-stable, and never changes the folded text', () => {
    const syllable = fc.constantFrom(
      'hòa',
      'hoà',
      'thủy',
      'thuỷ',
      'khỏe',
      'người',
      'quý',
      'của',
      'Khánh',
      'tuổi',
      'ngoài',
      'café',
      '2026',
    );
    const sentence = fc.array(syllable, { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(sentence, fc.constantFrom('new' as const, 'old' as const), (text, style) => {
        const once = canonicalTone(text, style);
        expect(canonicalTone(once, style)).toBe(once);
        expect(fold(once)).toBe(fold(text));
        const other = style === 'new' ? 'old' : 'new';
        expect(canonicalTone(canonicalTone(once, other), style)).toBe(once);
      }),
    );
  });
});
