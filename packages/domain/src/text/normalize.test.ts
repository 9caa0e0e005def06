import { describe, expect, it } from 'vitest';
import { cleanLine, fold, nfc } from './normalize';

describe('nfc', () => {
  it('makes NFD input equal to the same words typed in NFC', () => {
    const decomposed = 'Hòa Bình'.normalize('NFD');
    expect(decomposed).not.toBe('Hòa Bình');
    expect(nfc(decomposed)).toBe('Hòa Bình');
  });

  it('removes zero-width characters and turns non-breaking spaces into spaces', () => {
    expect(nfc('Đèn\u200B\u00A0đường')).toBe('Đèn đường');
  });
});

describe('cleanLine', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanLine('  Nguyễn \t Văn\nA ')).toBe('Nguyễn Văn A');
  });
});

describe('fold', () => {
  it.each([
    ['Đèn đường hỏng tại ngã tư Nguyễn Trãi', 'den duong hong tai nga tu nguyen trai'],
    ['Thuỷ ỹ ỵ Ỷ', 'thuy y y y'], // remove-accents misses ỷ ỹ ỵ (VIETNAM.md §4.1)
    ['ÐẶNG', 'dang'], // U+00D0 look-alike
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['Khánh Hòa'.normalize('NFD'), 'khanh hoa'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

// `fold` must agree with the server's `vn_fold` (lower(unaccent(normalize(x, NFC)))), VIETNAM.md
// §4.3. These expectations were read from PGlite 0.5 (PostgreSQL 18) with the unaccent extension.
describe('fold agrees with PostgreSQL unaccent + lower', () => {
  it.each([
    [
      'Đèn đường hỏng tại ngã tư Nguyễn Trãi – Lê Lợi',
      'den duong hong tai nga tu nguyen trai - le loi',
    ],
    ['“Khánh Hòa” — 35℃, ½ km…', '"khanh hoa" - 35°c, 1/2 km...'],
    ['Œuvre Æsop Øresund Straße Łódź', 'oeuvre aesop oresund strasse lodz'],
    ['ＡＢＣ１２３', 'abc123'],
    ['Số nhà 12A ‘Hẻm’', "so nha 12a 'hem'"],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('leaves scripts that NFD splits recomposed (as the database does)', () => {
    expect(fold('한국')).toBe('한국');
  });
});
