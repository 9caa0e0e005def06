import { describe, expect, it } from 'vitest';
import { deadlineCases } from './deadline-cases';
import { HOA_BINH_1022 as P } from './hoa-binh-1022';
import { findStepRule } from './rules';

describe('Hòa Bình 1022 — every deadline, article by article (real calendar, UTC+7)', () => {
  deadlineCases(P, [
    {
      article: 'Hòa Bình Điều 3.2',
      what: 'an out-of-hours contact is answered by the end of the next office session (W9), Saturday call',
      step: 'first_response',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-09 10:00',
      due: '2026-05-11T11:30:00+07:00',
    },
    {
      article: 'Hòa Bình Điều 3.2',
      what: 'a call in the lunch break is answered by the end of the afternoon session (W9)',
      step: 'first_response',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 12:00',
      due: '2026-05-08T17:00:00+07:00',
    },
    {
      article: 'Hòa Bình Điều 3.2',
      what: 'an evening e-mail is answered by the end of the next morning session (W9)',
      step: 'first_response',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 19:00',
      due: '2026-05-11T11:30:00+07:00',
    },
    {
      article: 'Hòa Bình Điều 9.1',
      what: 'the one-stop desk answers ≤ 5 wh from the operator’s transfer (W1: exactly 11:30)',
      step: 'one_stop_answer',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-08 16:00',
      due: '2026-05-11T11:30:00+07:00',
    },
    {
      article: 'Hòa Bình Điều 9.2',
      what: 'the agency answers ≤ 8 wh from the one-stop desk’s transfer',
      step: 'agency_answer',
      startsOn: 'assignment.forwarded_to_back_office',
      calendar: 'agency',
      start: '2026-05-08 16:00',
      due: '2026-05-11T16:00:00+07:00',
    },
    {
      article: 'Hòa Bình Điều 9.2',
      what: 'the same 8 wh over the Giỗ Tổ make-up day (Mon 27/4/2026)',
      step: 'agency_answer',
      startsOn: 'assignment.forwarded_to_back_office',
      calendar: 'agency',
      start: '2026-04-24 15:00',
      due: '2026-04-28T15:00:00+07:00',
    },
  ]);

  it('Hòa Bình Điều 3.2, W9: only out-of-hours contacts get the clock; in office hours the operator answers at once', () => {
    expect(findStepRule(P, 'first_response')?.onlyOutOfHours).toBe(true);
  });

  it('Hòa Bình Điều 9.3: at most one re-appointment', () => {
    expect(P.reappointment).toMatchObject({
      maxCount: 1,
      steps: ['one_stop_answer', 'agency_answer'],
    });
  });

  it('Hòa Bình Điều 4, 8.2: inquiries, feedback, recommendations and postal delivery requests', () => {
    expect(P.scope.contactKinds).toEqual([
      'inquiry',
      'feedback',
      'recommendation',
      'delivery_request',
    ]);
    expect(findStepRule(P, 'one_stop_answer')?.contactKinds).not.toContain('delivery_request');
  });
});
