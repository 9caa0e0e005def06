import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendarData, excludeSwaps } from '../calendar';
import { dueOf } from '../lifecycle/test-support';
import { deadlineCases } from './deadline-cases';
import { publicIdentity } from './rules';
import { VINH_LONG_2020 as P } from './vinh-long-2020';

describe('Vĩnh Long 2020 — every deadline, article by article (real calendar, UTC+7)', () => {
  deadlineCases(P, [
    {
      article: 'Vĩnh Long Điều 6.2',
      what: 'verify and classify ≤ 2 wh from the report’s arrival',
      step: 'intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-11T08:30:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 7.2',
      what: 'forward ≤ 2 wh, also from the arrival (W7), not after the classification',
      step: 'distribution',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-11T08:30:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 8 Bước 2',
      what: 'accept or return ≤ 1 wd',
      step: 'agency_accept',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 08:20',
      due: '2026-05-12T17:00:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 8 Bước 2',
      what: 'a swapped-in Saturday is a working day (W5)',
      step: 'agency_accept',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-08-21 10:00',
      due: '2026-08-22T17:00:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 8 Bước 3',
      what: 'handling ≤ 6 wd from the agency’s receipt (W7)',
      step: 'handling',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 08:20',
      due: '2026-05-19T17:00:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 9.2',
      what: 'leader approval ≤ 1 wd after the proposal',
      step: 'approval',
      startsOn: 'answer.submitted',
      calendar: 'agency',
      start: '2026-05-14 10:00',
      due: '2026-05-15T17:00:00+07:00',
    },
    {
      article: 'Vĩnh Long Điều 10.1',
      what: 'check and publish ≤ 4 wh after the result, by the agency',
      step: 'publication',
      startsOn: 'report.answer_ready',
      calendar: 'agency',
      start: '2026-05-15 14:00',
      due: '2026-05-18T08:30:00+07:00',
    },
  ]);

  it('Vĩnh Long Điều 8 Bước 2, W6: an agency that does not follow civil-service swaps (a utility) counts on its own calendar — Fri 2026-08-21 10:00 → due Mon 2026-08-24 17:00+07:00', () => {
    const data = defaultCalendarData();
    const utility = buildCalendar({ ...data, days: excludeSwaps(data.days) });
    expect(dueOf(P, 'agency_accept', '2026-08-21 10:00', utility)).toBe(
      '2026-08-24T17:00:00+07:00',
    );
  });

  it('Vĩnh Long Điều 5.4: the public view shows the name unless hidden on request, never the reporter’s address', () => {
    const base = { confidential: false, consentToPublish: false };
    expect(publicIdentity(P, { ...base, hideIdentity: false })).toEqual({
      showName: true,
      showAddress: false,
    });
    expect(publicIdentity(P, { ...base, hideIdentity: true })).toEqual({
      showName: false,
      showAddress: false,
    });
    expect(publicIdentity(P, { ...base, hideIdentity: false, confidential: true }).showName).toBe(
      false,
    );
  });

  it('Vĩnh Long Điều 11.2: rates Hài lòng / Chấp nhận được / Không hài lòng', () => {
    expect(P.rating?.scale.map((o) => o.label.vi)).toEqual([
      'Hài lòng',
      'Chấp nhận được',
      'Không hài lòng',
    ]);
  });

  it('Vĩnh Long Điều 5.3: name and phone required, e-mail optional; Điều 8 Bước 3: no extension', () => {
    expect(P.reporter).toMatchObject({ name: 'required', phone: 'required', email: 'optional' });
    expect(P.extension).toBeNull();
  });
});
