import { describe, expect, it } from 'vitest';
import { periodInstants, reportingPeriod, reportingPeriodContaining } from './reporting-periods';
import { PROFILES } from './registry';

describe('reporting periods, Decree 09/2019/NĐ-CP Art. 12 cut-off (Sóc Trăng Điều 11.8)', () => {
  it.each([
    ['month', 5, '2026-04-15', '2026-05-14'],
    ['month', 1, '2025-12-15', '2026-01-14'],
    ['quarter', 1, '2025-12-15', '2026-03-14'],
    ['quarter', 3, '2026-06-15', '2026-09-14'],
    ['half_year', 1, '2025-12-15', '2026-06-14'],
    ['half_year', 2, '2026-06-15', '2026-12-14'],
    ['nine_months', 1, '2025-12-15', '2026-09-14'],
    ['year', 1, '2025-12-15', '2026-12-14'],
  ] as const)('%s %i of 2026: %s – %s', (kind, index, from, to) => {
    expect(reportingPeriod(kind, 2026, index, 'decree_09_2019')).toMatchObject({ from, to });
  });

  it('a day from the 15th on belongs to the next month’s report, and 15 Dec to the next year’s', () => {
    expect(reportingPeriodContaining('2026-05-14', 'month', 'decree_09_2019')).toMatchObject({
      year: 2026,
      index: 5,
    });
    expect(reportingPeriodContaining('2026-05-15', 'month', 'decree_09_2019')).toMatchObject({
      year: 2026,
      index: 6,
    });
    expect(reportingPeriodContaining('2026-12-15', 'year', 'decree_09_2019')).toMatchObject({
      year: 2027,
      from: '2026-12-15',
      to: '2027-12-14',
    });
    expect(reportingPeriodContaining('2026-03-14', 'quarter', 'decree_09_2019')).toMatchObject({
      index: 1,
    });
    expect(reportingPeriodContaining('2026-09-20', 'nine_months', 'decree_09_2019')).toBeNull();
  });

  it('Sóc Trăng reports monthly, quarterly and yearly on this cut-off', () => {
    expect(PROFILES['soc-trang-2024'].periodicReports).toMatchObject({
      periods: ['month', 'quarter', 'year'],
      cutoff: 'decree_09_2019',
    });
  });
});

describe('reporting periods, calendar cut-off', () => {
  it.each([
    ['month', 2, '2028-02-01', '2028-02-29'],
    ['quarter', 4, '2026-10-01', '2026-12-31'],
    ['half_year', 1, '2026-01-01', '2026-06-30'],
    ['year', 1, '2026-01-01', '2026-12-31'],
  ] as const)('%s %i: %s – %s', (kind, index, from, to) => {
    expect(reportingPeriod(kind, kind === 'month' ? 2028 : 2026, index, 'calendar')).toMatchObject({
      from,
      to,
    });
  });

  it('Khánh Hòa Điều 15.3 reports every six months; Hòa Bình Điều 15 monthly', () => {
    expect(PROFILES['khanh-hoa-2022'].periodicReports.periods).toEqual(['half_year']);
    expect(PROFILES['hoa-binh-1022'].periodicReports.periods).toEqual(['month']);
  });

  it('rejects an index out of range', () => {
    expect(reportingPeriod('month', 2026, 13, 'calendar')).toBeNull();
    expect(reportingPeriod('quarter', 2026, 0, 'decree_09_2019')).toBeNull();
  });

  it('turns a period into UTC instants at UTC+7: [start, end)', () => {
    const period = reportingPeriod('month', 2026, 5, 'decree_09_2019');
    expect(period && periodInstants(period)).toEqual({
      start: new Date('2026-04-14T17:00:00Z'),
      end: new Date('2026-05-14T17:00:00Z'),
    });
  });
});
