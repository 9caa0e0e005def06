import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES } from './messages';
import { normalisePhone, phoneKind, phoneSchema, toE164 } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['091-234-5678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['(+84) 912 345 678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['0359 123 456', '0359123456'], // Viettel 03x
    ['0523 456 789', '0523456789'], // 05x
    ['0708 123 456', '0708123456'], // MobiFone 07x
    ['0868 123 456', '0868123456'], // 08x
    ['0258 3822 123', '02583822123'], // Khánh Hòa landline
    ['(0299) 3822 111', '02993822111'], // Sóc Trăng landline
    ['028 3829 6052', '02838296052'], // Hồ Chí Minh City landline
    ['+84 24 3825 3536', '02438253536'], // Hà Nội landline, international form
    ['0260.3797799', '02603797799'], // Kon Tum's Trung tâm Phục vụ hành chính công (seed 001)
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  // The 2018–2019 change of 11-digit mobile numbers to 10 digits keeps the last 7 digits.
  it.each([
    ['01689123456', '0389123456'], // Viettel 0168 → 038
    ['0162 912 3456', '0329123456'], // Viettel 0162 → 032
    ['01205 678 999', '0705678999'], // MobiFone 0120 → 070
    ['0121 555 6666', '0795556666'], // MobiFone 0121 → 079
    ['0127 123 4567', '0811234567'], // VinaPhone 0127 → 081
    ['0129 822 2888', '0828222888'], // VinaPhone 0129 → 082
    ['0188 855 5888', '0588555888'], // Vietnamobile 0188 → 058
    ['0199 595 9999', '0595959999'], // Gmobile 0199 → 059
    ['+84 168 912 3456', '0389123456'],
  ])('converts the old mobile number %s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    '0123456789', // 012x is an old 11-digit prefix, not a 10-digit number
    '0912 345 67', // 9 digits
    '09123456789', // 11-digit mobile
    '0612345678', // 06x is not a mobile prefix
    '0412345678', // 04x neither
    '1022', // the hotline short code
    '0299.1022', // hotline from a mobile (seed 002), not a subscriber number
    '+1 415 555 0123',
    '+84 91234',
    'không có',
    '',
  ])('refuses %s', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('phoneKind and toE164', () => {
  it('tells mobile from landline', () => {
    expect(phoneKind('0912345678')).toBe('mobile');
    expect(phoneKind('02583822123')).toBe('landline');
    expect(phoneKind('1022')).toBeNull();
  });

  it('writes E.164 for SMS gateways', () => {
    expect(toE164('0912345678')).toBe('+84912345678');
  });
});

describe('phoneSchema', () => {
  it('normalises what it accepts', () => {
    expect(phoneSchema().parse('+84 912 345 678')).toBe('0912345678');
    expect(phoneSchema().parse(' 0258 3822 123 ')).toBe('02583822123');
  });

  it('gives one catalogue message per mistake', () => {
    const cases: [unknown, string][] = [
      [undefined, 'required'],
      ['', 'required'],
      [912345678, 'text.invalid'],
      ['số điện thoại', 'phone.invalid'],
      ['0612 345 678', 'phone.invalid'],
    ];
    for (const [input, key] of cases) {
      const issues = phoneSchema().safeParse(input).error?.issues ?? [];
      expect(issues.map((issue) => issue.message)).toEqual([key]);
      expect(VALIDATION_MESSAGES[key]).toBeDefined();
    }
  });

  it('refuses a landline where a mobile is required (Khánh Hòa Điều 5.3)', () => {
    const schema = phoneSchema({ isMobileRequired: true });
    expect(schema.parse('0905 123 456')).toBe('0905123456');
    const issues = schema.safeParse('0258 3822 123').error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(['phone.mobile_required']);
  });
});
