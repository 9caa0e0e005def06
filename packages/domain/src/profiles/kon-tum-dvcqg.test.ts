import { describe, expect, it } from 'vitest';
import { CALENDAR, show, vn } from '../lifecycle/test-support';
import { deadlineCases } from './deadline-cases';
import { KON_TUM_DVCQG as P } from './kon-tum-dvcqg';
import { findStepRule } from './rules';

describe('Kon Tum (DVCQG) — every deadline, article by article (real calendar, UTC+7)', () => {
  deadlineCases(P, [
    {
      article: 'Kon Tum Phụ lục mục I.6',
      what: 'transfer, or ask for clarification, ≤ 5 wd from receipt',
      step: 'intake',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-15T17:00:00+07:00',
    },
    {
      article: 'Kon Tum Phụ lục mục I.6',
      what: 'refusal with reasons ≤ 2 wd from receipt',
      step: 'intake_reject',
      startsOn: 'report.submitted',
      calendar: 'intake_center',
      start: '2026-05-08 16:00',
      due: '2026-05-12T17:00:00+07:00',
    },
    {
      article: 'Kon Tum Phụ lục mục I.8',
      what: 'handling ≤ 15 wd from the handling agency’s receipt (W7)',
      step: 'handling',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-05-12 10:00',
      due: '2026-06-02T17:00:00+07:00',
    },
    {
      article: 'Kon Tum Phụ lục mục I.8',
      what: 'the same 15 wd across the Tết 2026 break (16–20 Feb)',
      step: 'handling',
      startsOn: 'assignment.received',
      calendar: 'agency',
      start: '2026-02-13 09:00',
      due: '2026-03-13T17:00:00+07:00',
    },
    {
      article: 'Kon Tum Phụ lục mục I.8',
      what: 'a result enters the system ≤ 2 wd after it exists',
      step: 'result_entry',
      startsOn: 'answer.submitted',
      calendar: 'agency',
      start: '2026-06-01 10:00',
      due: '2026-06-03T17:00:00+07:00',
    },
  ]);

  it('Kon Tum Phụ lục mục I.8, W8: progress updates every 5 wd after the 15-wd deadline — deadline Tue 2026-06-02 17:00 → first Tue 2026-06-09 17:00+07:00, then Tue 2026-06-16 17:00+07:00', () => {
    const every = P.progressUpdates?.every ?? { amount: 0, unit: 'working_days' };
    expect(P.progressUpdates?.afterStep).toBe('handling');
    const first = CALENDAR.add(vn('2026-06-02 17:00'), every);
    expect(show(first)).toBe('2026-06-09T17:00:00+07:00');
    expect(show(CALENDAR.add(first, every))).toBe('2026-06-16T17:00:00+07:00');
  });

  it('Kon Tum Phụ lục mục I.6: the 2-wd refusal limit binds only a refusal, so the sweeper ignores it', () => {
    expect(findStepRule(P, 'intake_reject')?.sweep).toBe(false);
    expect(findStepRule(P, 'intake_reject')?.stopOn).toEqual(['report.rejected']);
  });

  it('Kon Tum Phụ lục mục I.8: result entry is measured from the result’s own date, reported on submission', () => {
    expect(findStepRule(P, 'result_entry')?.anchor).toBe('input_instant');
  });

  it('Kon Tum Phụ lục mục I.7, I.9: intake names the coordinating agencies and publishes; no accept step, no leader approval, no rating', () => {
    expect(P.coordination?.namedBy).toBe('intake_center');
    expect(P.publication).toMatchObject({ by: 'intake_center', returnTo: 'specialist' });
    expect(P.agencyAcceptance).toBeNull();
    expect(P.approval).toBeNull();
    expect(P.rating).toBeNull();
  });

  it('Kon Tum Phụ lục mục I.4: name, address, phone and e-mail, and an account on the national portal', () => {
    expect(P.reporter).toMatchObject({
      name: 'required',
      address: 'required',
      phone: 'required',
      email: 'required',
    });
    expect(P.reporterRules.nationalPortalAccount).toBe(true);
  });
});
