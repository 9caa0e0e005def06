import { daysFromCivil, formatLocalDate, isoWeekday, parseLocalDate } from './local-date';
import { lunarToSolar, solarToLunar } from './lunar';
import type { CalendarDayData, LocalDate } from './types';

/** The yearly occasions of the public-holiday calendar (VIETNAM.md §1.1). */
export const HOLIDAY_OCCASIONS = [
  'new_year',
  'tet',
  'hung_kings',
  'victory_day',
  'labour_day',
  'national_day',
  'culture_day',
] as const;
export type HolidayOccasion = (typeof HOLIDAY_OCCASIONS)[number];

export type HolidayRule = {
  occasion: HolidayOccasion;
  name: string;
  /** Anchor day: a solar date, or a lunar date of the Vietnamese calendar (UTC+7). */
  anchor: { calendar: 'solar' | 'lunar'; month: number; day: number };
  /** Paid days off: 5 for Tết, 2 for Quốc khánh (the Prime Minister places them, Art. 112(3)). */
  days: number;
  /** Listed in Labor Code Art. 112(1), so Art. 111(3) gives a make-up day when one falls on a rest day. */
  isArticle112: boolean;
  legalBasis: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
};

const LABOR_CODE_2019 = 'Bộ luật Lao động 2019 (45/2019/QH14)';
/** Labor Code 2019 in force (Art. 220); the second Quốc khánh day starts with it. */
const LABOR_CODE_2019_FROM = '2021-01-01';
const MAKE_UP_BASIS = `${LABOR_CODE_2019}, Điều 111 khoản 3`;

export const HOLIDAY_RULES: readonly HolidayRule[] = [
  rule('new_year', 'Tết Dương lịch', 'solar', 1, 1, 1, 'a'),
  rule('tet', 'Tết Nguyên đán', 'lunar', 1, 1, 5, 'b'),
  rule('victory_day', 'Ngày Chiến thắng', 'solar', 4, 30, 1, 'c'),
  rule('labour_day', 'Ngày Quốc tế Lao động', 'solar', 5, 1, 1, 'd'),
  rule('national_day', 'Quốc khánh', 'solar', 9, 2, 2, 'đ'),
  rule('hung_kings', 'Giỗ Tổ Hùng Vương', 'lunar', 3, 10, 1, 'e'),
  {
    occasion: 'culture_day',
    name: 'Ngày Văn hóa Việt Nam',
    anchor: { calendar: 'solar', month: 11, day: 24 },
    days: 1,
    // Created by a stand-alone National Assembly resolution, not in Art. 112(1) (VIETNAM.md §1.1).
    isArticle112: false,
    legalBasis: 'Nghị quyết 28/2026/QH16, Điều 2',
    validFrom: '2026-07-01',
    validTo: null,
  },
];

function rule(
  occasion: HolidayOccasion,
  name: string,
  calendar: 'solar' | 'lunar',
  month: number,
  day: number,
  days: number,
  point: string,
): HolidayRule {
  return {
    occasion,
    name,
    anchor: { calendar, month, day },
    days,
    isArticle112: true,
    legalBasis: `${LABOR_CODE_2019}, Điều 112 khoản 1 điểm ${point}`,
    validFrom: LABOR_CODE_2019_FROM,
    validTo: null,
  };
}

export type GenerateOptions = {
  /**
   * How many of the five Tết days come before mùng 1 (0–4). Default 1: the last day of tháng Chạp
   * plus mùng 1–4 (VIETNAM.md §1.2 rule 3). 2025 used 2, 2026 used 1.
   */
  tetDaysBeforeNewYear?: number;
  /** The second Quốc khánh day. Default: the adjacent working weekday (rule 4). */
  nationalDaySecondDay?: 'before' | 'after' | 'adjacent_weekday';
  /**
   * Culture Day (24/11) is not an Art. 112(1) holiday, so Art. 111(3) does not plainly give it a
   * make-up day on a weekend. Default 'none' until the law or a notice says otherwise.
   */
  cultureDaySubstitution?: 'none' | 'next_working_day';
  /** ISO weekdays of the weekly rest. Default Saturday and Sunday (QĐ 188/1999/QĐ-TTg Art. 1). */
  weeklyRestDays?: readonly number[];
};

/** Years the generator covers: Labor Code 2019 onwards, within the lunar calendar's range. */
export const GENERATOR_YEARS = { from: 2021, to: 2100 } as const;

type Holiday = { day: number; rule: HolidayRule; name: string; key: string };

/**
 * The provisional calendar rows of a year, by rule (VIETNAM.md §1.2 "Default-generation rules"):
 * holidays, Tết block, second Quốc khánh day and Art. 111(3) make-up days, all with status
 * 'provisional'. Swaps (a weekday off for a Saturday worked) are never generated: only a notice
 * creates them. An admin confirms, moves, adds or removes days citing the notice number.
 */
export function generateProvisionalDays(
  year: number,
  options: GenerateOptions = {},
): CalendarDayData[] {
  if (!Number.isInteger(year) || year < GENERATOR_YEARS.from || year > GENERATOR_YEARS.to) {
    throw new RangeError(
      `Holiday rules are modelled for ${GENERATOR_YEARS.from}–${GENERATOR_YEARS.to}, not ${year}`,
    );
  }
  const restDays = new Set(options.weeklyRestDays ?? [6, 7]);
  const isRest = (day: number): boolean => restDays.has(isoWeekday(day));
  const holidays = HOLIDAY_RULES.flatMap((r) => holidaysOf(r, year, options, isRest));
  holidays.sort((a, b) => a.day - b.day);

  const taken = new Set(holidays.map((h) => h.day));
  const rows: CalendarDayData[] = [];
  for (const holiday of holidays) {
    rows.push(row(holiday.day, 'holiday', holiday.name, holiday.rule.legalBasis, holiday.key));
  }
  for (const holiday of holidays) {
    const substitutes =
      holiday.rule.isArticle112 || options.cultureDaySubstitution === 'next_working_day';
    if (!substitutes || !isRest(holiday.day)) {
      continue;
    }
    // Art. 111(3): "được nghỉ bù vào ngày làm việc kế tiếp" — the next day that is neither a rest
    // day nor already off, so two weekend holidays in a row give two make-up days.
    let makeUp = holiday.day + 1;
    while (isRest(makeUp) || taken.has(makeUp)) {
      makeUp += 1;
    }
    taken.add(makeUp);
    const name = `Nghỉ bù ${holiday.name} ngày ${vietnameseDate(holiday.day)}`;
    const basis = holiday.rule.isArticle112
      ? MAKE_UP_BASIS
      : `${holiday.rule.legalBasis}; nghỉ bù theo cấu hình (ngày này không thuộc Điều 112 khoản 1)`;
    rows.push(row(makeUp, 'make_up_off', name, basis, holiday.key));
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** dd/mm/yyyy, as notices write dates. */
function vietnameseDate(day: number): string {
  const [year, month, date] = formatLocalDate(day).split('-');
  return `${date}/${month}/${year}`;
}

function row(
  day: number,
  kind: CalendarDayData['kind'],
  name: string,
  legalBasis: string,
  occasion: string,
): CalendarDayData {
  return { date: formatLocalDate(day), kind, name, status: 'provisional', legalBasis, occasion };
}

function holidaysOf(
  r: HolidayRule,
  year: number,
  options: GenerateOptions,
  isRest: (day: number) => boolean,
): Holiday[] {
  const anchor =
    r.anchor.calendar === 'solar'
      ? daysFromCivil(year, r.anchor.month, r.anchor.day)
      : parseLocalDate(lunarToSolar(year, r.anchor.month, r.anchor.day));
  const date = formatLocalDate(anchor);
  if (date < r.validFrom || (r.validTo !== null && date > r.validTo)) {
    return [];
  }
  const key = `${r.occasion}:${year}`;
  const make = (day: number, name: string): Holiday => ({ day, rule: r, name, key });
  if (r.occasion === 'tet') {
    const before = options.tetDaysBeforeNewYear ?? 1;
    if (!Number.isInteger(before) || before < 0 || before > r.days - 1) {
      throw new RangeError(`tetDaysBeforeNewYear must be 0–${r.days - 1}, got ${before}`);
    }
    return Array.from({ length: r.days }, (_, i) => {
      const day = anchor - before + i;
      return make(day, `${r.name} (${lunarDayName(day)})`);
    });
  }
  if (r.occasion === 'national_day') {
    const second = secondNationalDay(
      anchor,
      options.nationalDaySecondDay ?? 'adjacent_weekday',
      isRest,
    );
    return [make(anchor, r.name), make(second, `${r.name} (ngày thứ hai)`)];
  }
  return [make(anchor, r.name)];
}

/** "29 tháng Chạp", "mùng 1" … for the Tết days. */
function lunarDayName(day: number): string {
  const lunar = solarToLunar(formatLocalDate(day));
  if (lunar.month === 1) {
    return `mùng ${lunar.day}`;
  }
  return `${lunar.day} tháng Chạp`;
}

/**
 * Art. 112(1)(đ): 2/9 "và 01 ngày liền kề trước hoặc sau". Default: the adjacent day that is a
 * working weekday, preferring the one that joins the weekend (2024: Tue 3/9; 2025: Mon 1/9;
 * 2021: Fri 3/9; 2022 and 2023: Thu/Fri 1/9); with 2/9 on a Wednesday, the day before (2026).
 */
function secondNationalDay(
  anchor: number,
  choice: 'before' | 'after' | 'adjacent_weekday',
  isRest: (day: number) => boolean,
): number {
  if (choice === 'before') {
    return anchor - 1;
  }
  if (choice === 'after') {
    return anchor + 1;
  }
  const score = (day: number, outward: number): number => {
    if (isRest(day)) {
      return 0;
    }
    return isRest(day + outward) ? 2 : 1;
  };
  return score(anchor + 1, 1) > score(anchor - 1, -1) ? anchor + 1 : anchor - 1;
}
