import { describe, expect, it } from 'vitest';
import { cleanText, hasVietnameseDiacritics, stripControl } from './clean-text';

describe('stripControl', () => {
  it('removes control and bidi characters but keeps tabs and line breaks', () => {
    expect(stripControl('Cây\u0000 đổ\u0007\tchắn\u202E đường\n')).toBe('Cây đổ\tchắn đường\n');
  });

  it('turns CRLF, CR, NEL and Unicode separators into "\\n"', () => {
    expect(stripControl('a\r\nb\rc\u0085d\u2028e\u2029f')).toBe('a\nb\nc\nd\ne\nf');
  });
});

describe('cleanText', () => {
  it('keeps paragraphs, drops trailing spaces and extra blank lines, trims the ends', () => {
    const pasted = '  Đèn đường hỏng.   \r\n\r\n\r\n\r\nNgã tư Nguyễn Trãi – Lê Lợi. \u00A0\r\n';
    expect(cleanText(pasted)).toBe('Đèn đường hỏng.\n\nNgã tư Nguyễn Trãi – Lê Lợi.');
  });

  it('returns NFC', () => {
    expect(cleanText('Khánh Hòa'.normalize('NFD'))).toBe('Khánh Hòa');
  });
});

describe('hasVietnameseDiacritics', () => {
  it.each([
    ['Đèn đường hỏng', true],
    ['Cây đổ', true],
    ['Ngõ 5 đ', true],
    ['Xin cảm ơn', true],
    ['Thuỷ'.normalize('NFD'), true],
    ['Den duong hong tai nga tu Nguyen Trai', false],
    ['2026-03-05', false],
  ])('%s → %s', (text, expected) => {
    expect(hasVietnameseDiacritics(text)).toBe(expected);
  });
});
