import { describe, expect, it } from 'vitest';
import { formatVietnameseDate } from './vietnamese-date';

describe('formatVietnameseDate (Nghị định 30/2020/NĐ-CP Phụ lục I)', () => {
  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-02-09', 'ngày 09 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2026-10-01', 'ngày 01 tháng 10 năm 2026'],
    ['2026-12-25', 'ngày 25 tháng 12 năm 2026'],
  ])('%s is "%s" (zero before days < 10 and months 1, 2)', (date, text) => {
    expect(formatVietnameseDate(date)).toBe(text);
  });

  it('reads an instant at UTC+7 whatever the host zone', () => {
    expect(formatVietnameseDate(new Date('2026-03-04T16:59:59Z'))).toBe('ngày 04 tháng 3 năm 2026');
    expect(formatVietnameseDate(new Date('2026-03-04T17:00:00Z'))).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatVietnameseDate(new Date('2026-12-31T17:00:00Z'))).toBe(
      'ngày 01 tháng 01 năm 2027',
    );
  });

  it('answers null for what is not a date', () => {
    expect(formatVietnameseDate(new Date(Number.NaN))).toBeNull();
    expect(formatVietnameseDate('2026-02-30')).toBeNull();
    expect(formatVietnameseDate('5/3/2026')).toBeNull();
  });
});
