/**
 * The examples of packages/domain/README.md, run as written against the package's public API
 * (`../index`, what `@paht/domain` resolves to). Change one, change the other.
 */
import { describe, expect, it } from 'vitest';
import {
  REFUSAL_MESSAGES,
  applyAction,
  applyProfileOverrides,
  availableActions,
  buildCalendar,
  computeStepDeadline,
  createReport,
  defaultCalendarData,
  formatInstant,
  getProfile,
  reportingPeriod,
  submitReportOptions,
  submitReportSchema,
  toFieldErrors,
} from '../index';
import type { EngineContext, ReportSnapshot, StaffActor } from '../index';

function unwrap<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) {
    throw new Error('missing value');
  }
  return value;
}

describe('README: build a calendar from data', () => {
  it('counts 5 working days over Tết 2026', () => {
    const calendar = buildCalendar(defaultCalendarData());
    const due = calendar.add(new Date('2026-02-12T10:00:00+07:00'), {
      amount: 5,
      unit: 'working_days',
    });
    expect(formatInstant(due)).toBe('2026-02-26T17:00:00+07:00');
  });
});

describe("README: a step's deadline under a profile", () => {
  it('Sóc Trăng Điều 8.1: 6 wd from the agency’s receipt; a tenant override', () => {
    const calendar = buildCalendar(defaultCalendarData());
    const profile = getProfile('soc-trang-2024');
    const received = new Date('2026-05-11T10:00:00+07:00');
    const due = unwrap(computeStepDeadline(profile, 'handling', received, calendar));
    expect(formatInstant(due)).toBe('2026-05-19T17:00:00+07:00');

    const overridden = applyProfileOverrides(profile, {
      steps: { handling: { amount: 5, unit: 'working_days' } },
    });
    expect(overridden.ok).toBe(true);
    const invalid = applyProfileOverrides(profile, {
      steps: { handling: { amount: 1, unit: 'clock_hours' } },
    });
    expect(invalid.ok ? [] : invalid.errors.map((e) => [e.code, e.path])).toEqual([
      ['unit_not_allowed', 'steps.handling.unit'],
    ]);
    expect(reportingPeriod('month', 2026, 5, profile.periodicReports.cutoff)).toMatchObject({
      from: '2026-04-15',
      to: '2026-05-14',
    });
  });
});

describe('README: the lifecycle engine', () => {
  it('creates a report, lists what the operator may do, distributes it, and refuses typed', () => {
    const calendar = buildCalendar(defaultCalendarData());
    const profile = getProfile('soc-trang-2024');
    const at = (iso: string): EngineContext => ({
      now: new Date(iso),
      profile,
      calendarFor: () => calendar, // one calendar per unit in a real server (W6)
    });
    const operator: StaffActor = {
      kind: 'staff',
      userId: 'u-17',
      roles: ['operator'],
      unitId: 'ioc',
      unitKind: 'intake_center',
    };

    const created = createReport(
      {
        reportId: 'PA-2026-000001',
        intakeCenterId: 'ioc',
        receivedAt: '2026-05-08T16:00:00+07:00',
      },
      { kind: 'reporter', reporterId: 'c-42' },
      at('2026-05-08T16:00:00+07:00'),
    );
    if (!created.ok) {
      throw new Error(created.refusal.code);
    }
    const report: ReportSnapshot = created.snapshot;
    expect(created.deadlines.start.map((d) => [d.step, formatInstant(d.dueAt)])).toEqual([
      ['intake', '2026-05-11T10:30:00+07:00'],
    ]);

    const now = at('2026-05-11T08:00:00+07:00');
    expect(availableActions(report, operator, now).map((a) => a.action)).toEqual([
      'request_information',
      'reject',
      'refer',
      'accept_intake',
      'distribute',
      'forward_emergency',
      'request_lead_designation',
      'mark_state_secret',
    ]);

    const result = applyAction(report, operator, 'distribute', { leadAgencyId: 'so-xd' }, now);
    if (!result.ok) {
      throw new Error(result.refusal.code);
    }
    expect(result.events.map((e) => e.type)).toEqual([
      'report.intake_accepted',
      'report.distributed',
      'assignment.received',
    ]);
    expect(result.deadlines.stop.map((d) => [d.step, d.outcome])).toEqual([
      ['intake', 'met'],
      ['distribution', 'met'],
    ]);
    expect(result.deadlines.start.map((d) => [d.step, formatInstant(d.dueAt)])).toEqual([
      ['distribution', '2026-05-11T13:30:00+07:00'],
      ['agency_return', '2026-05-12T17:00:00+07:00'],
      ['handling', '2026-05-19T17:00:00+07:00'],
      ['coordination_forward', '2026-05-12T17:00:00+07:00'],
    ]);

    const refused = applyAction(result.snapshot, operator, 'publish', {}, now);
    expect(refused).toEqual({
      ok: false,
      refusal: { code: 'invalid_state', message: REFUSAL_MESSAGES.invalid_state, issues: [] },
    });
  });
});

describe('README: validate a submission', () => {
  it('Sóc Trăng asks for the citizen ID and consent', () => {
    const profile = getProfile('soc-trang-2024');
    const schema = submitReportSchema(
      profile.reporter,
      submitReportOptions(profile, { now: () => new Date('2026-05-11T09:00:00+07:00') }),
    );
    const parsed = schema.safeParse({
      reporter: { name: 'Trần Thị Ngọc', phone: '0939 123 456', address: 'Số 45 Lê Lợi' },
      title: 'Ngập nước sau mưa',
      content: 'Đường Lê Lợi ngập sâu khoảng 30 cm sau cơn mưa chiều nay.',
      location: { latitude: 9.6025, longitude: 105.9739 },
    });
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    expect(errors.map((e) => [e.path, e.message.vi])).toEqual([
      ['reporter.citizenId', expect.any(String)],
      ['consent', expect.any(String)],
    ]);
  });
});
