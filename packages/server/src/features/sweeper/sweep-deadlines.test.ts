/**
 * The deadline sweeper on a Khánh Hòa tenant (khanh-hoa-2022) whose calendar is the default
 * Mon–Fri 07:30–11:30, 13:00–17:00 in Vietnam (UTC+7), driven through HTTP with a controllable
 * clock: reminders at REMIND_FRACTION of a step's working time, the overdue mark (an event,
 * once), the escalation notice of a multi-agency case (Khánh Hòa Điều 3.5), and several
 * sweepers at once on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from './sweep-deadlines';
import { citizenReport, openSweeperWorld, staffEmail } from './sweeper-test-support';
import type { SweeperWorld } from './sweeper-test-support';

let w: SweeperWorld;

beforeAll(async () => {
  w = await openSweeperWorld();
});
afterAll(async () => w?.t.close());

const at = (instant: string) => new Date(instant);
const NOTHING = { overdue: 0, escalationNotices: 0, reminders: 0, progressReminders: 0 };

describe('deadline sweeper', () => {
  it('reminds the intake center at 75 % of the half day, then marks the step overdue once (Khánh Hòa Điều 6.3)', async () => {
    // Monday 2 March 2026, 09:00 in Vietnam: the half working day (4 wh) ends at 14:30.
    w.t.clock.set('2026-03-02T02:00:00Z');
    const report = await w.submit(citizenReport(1));
    const [intake] = await w.deadlineRows(report.id);
    expect(intake).toMatchObject({
      step: 'intake',
      due_at: at('2026-03-02T07:30:00Z'),
      // 3 of the 4 working hours: 09:00–11:30 and 13:00–13:30.
      remind_at: at('2026-03-02T06:30:00Z'),
      reminded_at: null,
      overdue_at: null,
    });

    expect(await sweepOnce(w.db, at('2026-03-02T06:29:59Z'), w.config)).toEqual(NOTHING);
    expect(await sweepOnce(w.db, at('2026-03-02T06:30:00Z'), w.config)).toEqual({
      ...NOTHING,
      reminders: 1,
    });
    expect(await sweepOnce(w.db, at('2026-03-02T06:45:00Z'), w.config)).toEqual(NOTHING);
    expect(await w.jobs(report.id, 'deadline.reminder')).toEqual([
      { kind: 'email', to: staffEmail('tiepnhan'), tag: 'deadline.reminder' },
    ]);

    expect(await sweepOnce(w.db, at('2026-03-02T07:29:59Z'), w.config)).toEqual(NOTHING);
    expect(await sweepOnce(w.db, at('2026-03-02T07:30:00Z'), w.config)).toEqual({
      ...NOTHING,
      overdue: 1,
    });
    expect(await sweepOnce(w.db, at('2026-03-02T08:00:00Z'), w.config)).toEqual(NOTHING);

    const overdue = await w.events(report.id, 'deadline.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      actor_kind: 'system',
      occurred_at: at('2026-03-02T07:30:00Z'),
      payload: {
        step: 'intake',
        dueAt: '2026-03-02T07:30:00.000Z',
        article: 'Khánh Hòa Điều 6.3; Phụ lục II Bước 1',
      },
    });
    const [row] = await w.deadlineRows(report.id);
    expect(row?.overdue_at).toEqual(at('2026-03-02T07:30:00Z'));
    const staff = await w.view(w.sessions.operator, report.id);
    expect(staff.isOverdue).toBe(true);
    expect(await w.jobs(report.id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('tiepnhan'), tag: 'deadline.overdue' },
    ]);
  });

  it('tells the lead agency to escalate a multi-agency case its handling time has passed (Khánh Hòa Điều 3.5)', async () => {
    w.t.clock.set('2026-03-03T02:00:00Z');
    const report = await w.submit(citizenReport(2));
    w.t.clock.set('2026-03-03T02:30:00Z');
    const distributed = await w.act(w.sessions.operator, report.id, 'distribute', {
      leadAgencyId: w.world.one.agencyA.id,
    });
    const lead = distributed.assignments[0];
    // Tuesday 3 March, 10:00: once coordinated, handling counts 10 wd from the acceptance; the
    // start day is not counted and the deadline is the close of office of the 10th day (W2).
    w.t.clock.set('2026-03-03T03:00:00Z');
    await w.act(w.sessions.specialist, report.id, 'accept', { assignmentId: lead?.id });
    const forwarded = await w.act(w.sessions.specialist, report.id, 'forward_to_coordinators', {
      assignmentId: lead?.id,
      agencyIds: [w.world.one.agencyB.id],
    });
    const coordinator = forwarded.assignments.find((a) => a.role === 'coordinating');
    w.t.clock.set('2026-03-03T04:00:00Z');
    await w.act(w.sessions.otherSpecialist, report.id, 'accept', {
      assignmentId: coordinator?.id,
    });
    const complex = forwarded.deadlines.find((d) => d.step === 'handling_complex');
    expect(complex?.dueAt).toBe('2026-03-17T10:00:00.000Z');

    // Everything on the way was reminded; nothing is due yet.
    const before = await sweepOnce(w.db, at('2026-03-17T09:59:59Z'), w.config);
    expect(before.overdue).toBe(0);
    expect(await sweepOnce(w.db, at('2026-03-17T10:00:00Z'), w.config)).toEqual({
      ...NOTHING,
      overdue: 1,
      escalationNotices: 1,
    });
    expect(await sweepOnce(w.db, at('2026-03-18T03:00:00Z'), w.config)).toEqual(NOTHING);

    const overdue = await w.events(report.id, 'deadline.overdue');
    expect(overdue.map((e) => (e.payload as { step: string }).step)).toEqual(['handling_complex']);
    expect(await w.jobs(report.id, 'escalation.due')).toEqual([
      { kind: 'email', to: staffEmail('a.chuyenvien'), tag: 'escalation.due' },
      { kind: 'email', to: staffEmail('a.lanhdao'), tag: 'escalation.due' },
    ]);
    // The notice is a nudge: the lead agency's leader escalates, with the reason for delay.
    w.t.clock.set('2026-03-18T02:00:00Z');
    const escalated = await w.act(w.sessions.leader, report.id, 'escalate', {
      reason: 'unresolved_after_deadline',
      explanation: 'Cần ý kiến chỉ đạo của UBND tỉnh về kinh phí thay cột đèn.',
      noticeToReporter: 'Việc thay cột đèn cần kinh phí của tỉnh; Sở đã báo cáo UBND tỉnh.',
    });
    expect(escalated.state).toBe('in_progress');
    expect(await w.events(report.id, 'report.escalated')).toHaveLength(1);
  });

  it('marks a single agency’s passed handling step overdue without an escalation notice', async () => {
    w.t.clock.set('2026-03-23T02:00:00Z');
    const report = await w.submit(citizenReport(3));
    const distributed = await w.act(w.sessions.operator, report.id, 'distribute', {
      leadAgencyId: w.world.one.agencyA.id,
    });
    const lead = distributed.assignments[0];
    // Monday 23 March, 10:00; 5 wd later is Monday 30 March at the close of office (W2).
    w.t.clock.set('2026-03-23T03:00:00Z');
    const accepted = await w.act(w.sessions.specialist, report.id, 'accept', {
      assignmentId: lead?.id,
    });
    expect(accepted.deadlines.find((d) => d.step === 'handling')?.dueAt).toBe(
      '2026-03-30T10:00:00.000Z',
    );
    await sweepOnce(w.db, at('2026-03-30T09:00:00Z'), w.config);
    expect(await sweepOnce(w.db, at('2026-03-30T10:00:00Z'), w.config)).toEqual({
      ...NOTHING,
      overdue: 1,
    });
    expect(await w.jobs(report.id, 'escalation.due')).toEqual([]);
    expect(await w.jobs(report.id, 'deadline.overdue')).toEqual([
      { kind: 'email', to: staffEmail('a.chuyenvien'), tag: 'deadline.overdue' },
      { kind: 'email', to: staffEmail('a.lanhdao'), tag: 'deadline.overdue' },
    ]);
    // The step spans 45.5 working hours (Monday 10:00 to the close of the next Monday); 75 % of
    // them, 34 h 07.5 min, ends on Friday 27 March at 13:37:30.
    const handling = (await w.deadlineRows(report.id)).find((d) => d.step === 'handling');
    expect(handling?.remind_at).toEqual(at('2026-03-27T06:37:30Z'));
    expect(await w.jobs(report.id, 'deadline.reminder')).toEqual([
      { kind: 'email', to: staffEmail('a.chuyenvien'), tag: 'deadline.reminder' },
      { kind: 'email', to: staffEmail('a.lanhdao'), tag: 'deadline.reminder' },
    ]);
  });
});
