import { describe, expect, it } from 'vitest';
import {
  CITIZEN_ID_PROVINCE_CODES,
  citizenIdSchema,
  isValidCitizenId,
  parseCitizenId,
} from './citizen-id';

const NOW = new Date('2026-03-05T03:00:00Z');

describe('parseCitizenId', () => {
  it.each([
    ['079090012345', '079', 'Hồ Chí Minh', 'male', 1990],
    ['056195001234', '056', 'Khánh Hòa', 'female', 1995],
    ['094203012345', '094', 'Sóc Trăng', 'male', 2003],
    ['086305004567', '086', 'Vĩnh Long', 'female', 2005],
    ['017058000001', '017', 'Hòa Bình', 'male', 1958],
    ['062223000042', '062', 'Kon Tum', 'male', 2023],
  ])('%s: province %s (%s), %s, born %i', (id, code, name, sex, year) => {
    expect(parseCitizenId(id, NOW)).toEqual({
      provinceCode: code,
      provinceName: name,
      sex,
      birthYear: year,
    });
  });

  it.each([
    ['003090012345', 'no province has code 003'],
    ['097090012345', 'codes end at 096'],
    ['000090012345', 'no province has code 000'],
    ['079490012345', 'century digit 4 means born in the 2100s'],
    ['07909001234', '11 digits'],
    ['0790900123456', '13 digits'],
    ['225123456', 'a 9-digit CMND, no longer valid since 1/1/2025'],
    ['0790 9001 2345', 'spaces'],
    ['07909001234a', 'a letter'],
  ])('refuses %s (%s)', (id) => {
    expect(isValidCitizenId(id, NOW)).toBe(false);
  });

  it('refuses a birth year after the current year only when the clock is given', () => {
    expect(isValidCitizenId('079227012345', NOW)).toBe(false); // born 2027
    expect(isValidCitizenId('079227012345')).toBe(true);
    expect(isValidCitizenId('079226012345', NOW)).toBe(true); // born 2026
  });

  it('knows the 63 pre-2025 province codes', () => {
    expect(CITIZEN_ID_PROVINCE_CODES.size).toBe(63);
    for (const code of CITIZEN_ID_PROVINCE_CODES.keys()) {
      expect(code).toMatch(/^0\d\d$/);
    }
  });
});

describe('citizenIdSchema', () => {
  it('trims and accepts a valid number', () => {
    expect(citizenIdSchema({ now: NOW }).parse(' 094203012345 ')).toBe('094203012345');
  });

  it.each([
    [undefined, 'required'],
    ['', 'required'],
    ['0942030123', 'citizen_id.invalid'],
    ['003090012345', 'citizen_id.invalid'],
  ])('%s → %s', (input, key) => {
    const issues = citizenIdSchema({ now: NOW }).safeParse(input).error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual([key]);
  });
});
