import { describe, expect, it } from 'vitest';
import { lineSchema, multilineSchema } from './primitives';
import { addressSchema, emailSchema, nameSchema, omitBlankFields } from './text-fields';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message);

describe('nameSchema', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['  Trần   Thị Bích\tNgọc ', 'Trần Thị Bích Ngọc'],
    ['Lê Thị Thu Hà'.normalize('NFD'), 'Lê Thị Thu Hà'],
    ["H'Hen Niê", "H'Hen Niê"], // Ê Đê names use an apostrophe
    ['Công ty TNHH Xây dựng 3A', 'Công ty TNHH Xây dựng 3A'],
    ['Hợp tác xã Nông nghiệp Phú Tâm (Sóc Trăng)', 'Hợp tác xã Nông nghiệp Phú Tâm (Sóc Trăng)'],
  ])('%s → %s', (input, expected) => {
    expect(nameSchema().parse(input)).toBe(expected);
  });

  it.each([
    [undefined, 'required'],
    ['   ', 'required'],
    ['A', 'name.invalid'],
    ['12345', 'name.invalid'],
    ['<script>alert(1)</script>', 'name.invalid'],
    ['Nguyễn@Văn', 'name.invalid'],
    ['N'.repeat(121), 'text.too_long'],
  ])('%s → %s', (input, key) => {
    expect(messages(nameSchema().safeParse(input))).toEqual([key]);
  });
});

describe('addressSchema', () => {
  it('normalises an address as typed', () => {
    expect(addressSchema().parse(' Số 12  Trần Phú, phường Nha Trang,\ntỉnh Khánh Hòa ')).toBe(
      'Số 12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
    );
    expect(addressSchema().parse('Ấp Phú Hữu, xã Phú Tâm')).toBe('Ấp Phú Hữu, xã Phú Tâm');
  });

  it.each([
    ['12', 'address.invalid'],
    ['-----', 'address.invalid'],
    ['x'.repeat(301), 'text.too_long'],
  ])('%s → %s', (input, key) => {
    expect(messages(addressSchema().safeParse(input))).toEqual([key]);
  });
});

describe('emailSchema', () => {
  it('trims', () => {
    expect(emailSchema().parse(' pakn@khanhhoa.gov.vn ')).toBe('pakn@khanhhoa.gov.vn');
    expect(emailSchema().parse('nguyen.van.an+pakn@gmail.com')).toBe(
      'nguyen.van.an+pakn@gmail.com',
    );
  });

  it.each([
    ['nguyen van an@gmail.com', 'email.invalid'],
    ['an@localhost', 'email.invalid'],
    ['nguyễn@gmail.com', 'email.invalid'],
    ['', 'required'],
  ])('%s → %s', (input, key) => {
    expect(messages(emailSchema().safeParse(input))).toEqual([key]);
  });
});

describe('lineSchema and multilineSchema', () => {
  it('strips control characters and normalises to NFC', () => {
    expect(lineSchema(1, 50).parse('Cây\u0000 đổ'.normalize('NFD'))).toBe('Cây đổ');
  });

  it('keeps paragraphs in multi-line text', () => {
    expect(multilineSchema(1, 100).parse('Dòng một.\r\n\r\n\r\nDòng hai.  ')).toBe(
      'Dòng một.\n\nDòng hai.',
    );
  });

  it('measures the length after normalisation', () => {
    // 20 spaces and a word: too short once collapsed and trimmed.
    expect(messages(lineSchema(10, 50).safeParse(`${' '.repeat(20)}Ngắn`))).toEqual([
      'text.too_short',
    ]);
  });
});

describe('omitBlankFields', () => {
  it('drops empty and blank strings, recursively, and keeps everything else', () => {
    const form = {
      reporter: { name: 'Nguyễn Văn An', email: '', address: '   ' },
      isConfidential: false,
      count: 0,
      tags: ['', 'a'],
      location: { latitude: 12.2, address: '' },
    };
    expect(omitBlankFields(form)).toEqual({
      reporter: { name: 'Nguyễn Văn An' },
      isConfidential: false,
      count: 0,
      tags: ['', 'a'],
      location: { latitude: 12.2 },
    });
  });

  it('leaves non-plain objects alone', () => {
    const date = new Date('2026-03-05T00:00:00Z');
    expect(omitBlankFields({ at: date }).at).toBe(date);
  });
});
