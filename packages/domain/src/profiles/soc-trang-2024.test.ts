import { describe, expect, it } from 'vitest';
import { deadlineCases } from './deadline-cases';
import { fastTrackFor, findStepRule } from './rules';
import { SOC_TRANG_2024 as P } from './soc-trang-2024';

describe('Sóc Trăng 2024 — every deadline, article by article (real calendar, UTC+7)', () => {
  deadlineCases(P, [
    {
      article: 'Sóc Trăng Phụ lục II Bước 1',
      what: 'intake ≤ 4 wh',
      step: 'intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-11T10:30:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 7.3',
      what: 'distribution ≤ 4 wh after the intake acceptance (W4: working hours; W7)',
      step: 'distribution',
      startsOn: 'report.intake_accepted',
      calendar: 'intake_center',
      start: '2026-05-11 10:00',
      due: '2026-05-11T15:30:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.1',
      what: 'return of a wrongly routed case ≤ 1 wd',
      step: 'agency_return',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 10:00',
      due: '2026-05-12T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.1',
      what: 'single-agency answer to the IOC ≤ 6 wd from the agency’s receipt, leader’s day included (W7)',
      step: 'handling',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 10:00',
      due: '2026-05-19T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.1',
      what: 'the same 6 wd across the 2026 National Day swap (31/8 off) and holidays (1–2/9)',
      step: 'handling',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-08-27 09:00',
      due: '2026-09-09T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.2 Bước 1',
      what: 'the lead forwards to coordinating agencies ≤ 1 wd',
      step: 'coordination_forward',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 10:00',
      due: '2026-05-12T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.2 Bước 2',
      what: 'a coordinating agency’s approved result ≤ 4 wd (3 + 1 for its leader)',
      step: 'coordination_result',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-11 15:00',
      due: '2026-05-15T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.2 Bước 3',
      what: 'the lead’s final answer ≤ 2 wd after the coordinators’ results',
      step: 'aggregation',
      startsOn: 'coordination.completed',
      calendar: 'agency',
      start: '2026-05-14 09:00',
      due: '2026-05-18T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.4',
      what: 'leader approval ≤ 1 wd',
      step: 'approval',
      startsOn: 'answer.submitted',
      calendar: 'agency',
      start: '2026-05-14 10:00',
      due: '2026-05-15T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 9.2',
      what: 'publication ≤ 4 wh after approval',
      step: 'publication',
      startsOn: 'report.answer_ready',
      calendar: 'intake_center',
      start: '2026-05-15 09:00',
      due: '2026-05-15T14:30:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 9.4',
      what: 'an answer with no content goes back ≤ 4 wh',
      step: 'publication_return',
      startsOn: 'report.answer_ready',
      calendar: 'intake_center',
      start: '2026-05-15 16:00',
      due: '2026-05-18T10:30:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 10.2',
      what: 'a follow-up is answered ≤ 2 wd',
      step: 'follow_up_answer',
      startsOn: 'follow_up.asked',
      calendar: 'agency',
      start: '2026-05-18 10:00',
      due: '2026-05-20T17:00:00+07:00',
    },
    {
      article: 'Sóc Trăng Điều 8.6 Bước 3',
      what: 'emergency update ≤ 4 clock hours after completion (W4), on a Sunday night',
      step: 'emergency_update',
      startsOn: 'answer.submitted',
      calendar: 'agency',
      start: '2026-05-10 01:00',
      due: '2026-05-10T05:00:00+07:00',
    },
  ]);

  it('Sóc Trăng Điều 8.3, W10: one extension, for a complex case, before the deadline, with a written commitment, no cap', () => {
    expect(P.extension).toMatchObject({
      maxCount: 1,
      beforeDeadline: true,
      requiresWrittenNotice: true,
      requiresComplexCase: true,
      cap: null,
    });
  });

  it('Sóc Trăng Điều 8.1: multi-agency cases leave the 6-wd single-agency clock for the Điều 8.2 timeline', () => {
    expect(findStepRule(P, 'handling')?.cancelOn).toEqual(['assignment.coordination_requested']);
  });

  it('Sóc Trăng Điều 8.6: disasters, fire, accidents, theft, robbery and security incidents take the emergency track', () => {
    for (const field of ['natural_disaster', 'fire', 'accident', 'theft', 'robbery', 'security']) {
      expect(fastTrackFor(P, field, true)?.id).toBe('emergency');
    }
  });

  it('Sóc Trăng Điều 4.2–4.5: name, address, citizen ID and phone, e-mail optional, the place (not the time) required, consent to use the data; Điều 10.3 rating labels', () => {
    expect(P.reporter).toMatchObject({
      citizenId: 'required',
      email: 'optional',
      location: 'required',
      incidentTime: 'optional',
    });
    expect(P.reporterRules).toMatchObject({ dataProcessingConsent: true, mobilePhone: false });
    expect(P.rating?.scale.map((o) => o.label.vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
  });
});
