import { describe, expect, it } from 'vitest';
import { CALENDAR, show, vn } from '../lifecycle/test-support';
import { deadlineCases } from './deadline-cases';
import { KHANH_HOA_2022 as P } from './khanh-hoa-2022';
import { fastTrackFor, findStepRule } from './rules';

describe('Khánh Hòa 2022 — every deadline, article by article (real calendar, UTC+7)', () => {
  deadlineCases(P, [
    {
      article: 'Khánh Hòa Điều 6.3',
      what: 'verify and distribute ≤ 0.5 wd after submission (W3: = 4 wh)',
      step: 'intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-11T10:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 6.3',
      what: 'the same half day across 30/4–1/5 and the weekend',
      step: 'intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-04-29 15:00',
      due: '2026-05-04T09:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 10.1',
      what: 'urgent intake ≤ 1 clock hour (W4), on a Saturday night',
      step: 'fast_intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-09 21:00',
      due: '2026-05-09T22:00:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 10.2',
      what: 'urgent distribution ≤ 1 clock hour after the intake acceptance (W4)',
      step: 'fast_distribution',
      startsOn: 'report.intake_accepted',
      calendar: 'intake_center',
      start: '2026-05-09 21:30',
      due: '2026-05-09T22:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 7.3',
      what: 'the agency accepts or returns ≤ 0.5 wd from receipt',
      step: 'agency_accept',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 09:00',
      due: '2026-05-11T14:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 7.3',
      what: 'forwarding to coordinating agencies inside the same 0.5 wd',
      step: 'coordination_forward',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 09:00',
      due: '2026-05-11T14:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 10.3',
      what: 'urgent acceptance ≤ 1 working hour, received on a Saturday',
      step: 'fast_accept',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-09 22:00',
      due: '2026-05-11T08:30:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 10.3',
      what: 'temporary fix ≤ 1 wd from the agency’s receipt (W7)',
      step: 'temporary_fix',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-09 22:00',
      due: '2026-05-12T17:00:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 7.3',
      what: 'handling ≤ 5 wd from the agency’s acceptance (W7)',
      step: 'handling',
      startsOn: 'assignment.accepted',
      calendar: 'agency',
      start: '2026-05-11 11:00',
      due: '2026-05-18T17:00:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 7.3',
      what: 'complex multi-agency handling ≤ 10 wd from acceptance',
      step: 'handling_complex',
      startsOn: 'assignment.coordination_requested',
      calendar: 'agency',
      start: '2026-05-11 11:00',
      due: '2026-05-25T17:00:00+07:00',
    },
    {
      article: 'Khánh Hòa Điều 8.3',
      what: 'leader approval ≤ 0.5 wd after the result',
      step: 'approval',
      startsOn: 'answer.submitted',
      calendar: 'agency',
      start: '2026-05-15 10:00',
      due: '2026-05-15T15:30:00+07:00',
    },
  ]);

  it('Khánh Hòa Phụ lục II Bước 3, W10: the extension cap is 10 wd from acceptance — accepted Mon 2026-05-11 11:00 → cap Mon 2026-05-25 17:00+07:00', () => {
    const cap = P.extension?.cap;
    expect(cap).toEqual({
      duration: { amount: 10, unit: 'working_days' },
      from: 'assignment_accepted',
    });
    expect(
      show(
        CALENDAR.add(vn('2026-05-11 11:00'), cap?.duration ?? { amount: 0, unit: 'working_days' }),
      ),
    ).toBe('2026-05-25T17:00:00+07:00');
  });

  it('Khánh Hòa Điều 7.3, W7: complex handling counts from the acceptance, not from the forwarding', () => {
    expect(findStepRule(P, 'handling_complex')?.anchor).toBe('assignment_accepted');
  });

  it('Khánh Hòa Điều 10: the urgent track covers electricity, water supply and drainage, trees, lighting and telecom incidents', () => {
    for (const field of ['electricity', 'water_supply_drainage', 'trees', 'lighting', 'telecom']) {
      expect(fastTrackFor(P, field, true)?.id).toBe('urban_infrastructure');
    }
    expect(fastTrackFor(P, 'lighting', false)).toBeUndefined();
    expect(fastTrackFor(P, 'environment', true)).toBeUndefined();
  });

  it('Khánh Hòa Điều 11.3: rates Rất hài lòng / Hài lòng / Không hài lòng', () => {
    expect(P.rating?.scale.map((o) => o.label.vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
  });
});
