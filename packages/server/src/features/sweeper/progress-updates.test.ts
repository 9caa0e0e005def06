/**
 * Kon Tum's progress updates (kon-tum-dvcqg; Phụ lục mục I.8, DOMAIN.md W8): once the 15-working-
 * day handling deadline has passed, the agency posts a progress update every 5 working days,
 * on a grid counted from that deadline, until its result is in. The sweeper marks the deadline
 * overdue, which starts the first update step, and reminds the agency before each falls due.
 * The tenant keeps the default calendar (Mon–Fri 07:30–11:30, 13:00–17:00, UTC+7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../infra/db/schema';
import { createOrgUnit, createTenant, createUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import { sweepOnce } from './sweep-deadlines';
import type { SweepConfig } from './sweep-deadlines';
import type { StaffView } from './sweeper-test-support';

const T = '/t/kon-tum';
const NOTHING = { overdue: 0, escalationNotices: 0, reminders: 0, progressReminders: 0 };
const at = (instant: string) => new Date(instant);

let t: TestApp;
let agency: OrgUnit;
let operator: Session;
let specialist: Session;
let config: SweepConfig;
let reportId = '';

async function act(session: Session, action: string, input: object = {}): Promise<StaffView> {
  const current = (
    await session.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
  ).json<StaffView>();
  const response = await session.request({
    method: 'POST',
    url: `${T}/api/reports/${reportId}/actions`,
    payload: { action, version: current.version, input },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffView>();
}

async function jobs(tag: string) {
  const rows = await t.database.db
    .selectFrom('outbox_jobs')
    .select(['kind', 'payload'])
    .where('dedupe_key', 'like', `${reportId}:%`)
    .orderBy('created_at')
    .orderBy('dedupe_key')
    .execute();
  return rows
    .map((row) => ({ kind: row.kind, ...(row.payload as { to: string; tag?: string }) }))
    .filter((job) => job.tag === tag)
    .map((job) => ({ kind: job.kind, to: job.to }));
}

async function progressSteps() {
  return t.database.db
    .selectFrom('report_deadlines')
    .select(['started_at', 'due_at', 'remind_at', 'reminded_at', 'overdue_at', 'completed_at'])
    .where('report_id', '=', reportId)
    .where('step', '=', 'progress_update')
    .orderBy('started_at')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp({ SESSION_TTL_HOURS: '2000' });
  const db = t.database.db;
  const tenant = await createTenant(db, 'kon-tum', 'kon-tum-dvcqg');
  const intake = await createOrgUnit(db, tenant.id, 'vp-tthcc', 'intake_center');
  agency = await createOrgUnit(db, tenant.id, 'so-tu-phap');
  await createUser(db, tenant.id, 'tiepnhan', ['operator'], intake.id);
  await createUser(db, tenant.id, 'tp.chuyenvien', ['specialist'], agency.id);
  await createUser(db, tenant.id, 'tp.lanhdao', ['leader'], agency.id);
  await db
    .updateTable('users')
    .set((eb) => ({ email: eb('username', '||', '@kontum.example.vn') }))
    .where('tenant_id', '=', tenant.id)
    .execute();
  operator = await signInAs(t.app, 'kon-tum', 'tiepnhan', TEST_PASSWORD);
  specialist = await signInAs(t.app, 'kon-tum', 'tp.chuyenvien', TEST_PASSWORD);
  config = { publicUrl: t.app.deps.config.publicUrl, remindFraction: 0.75 };
});
afterAll(async () => t?.close());

describe('Kon Tum progress updates (W8)', () => {
  it('marks the 15-working-day handling deadline overdue and opens the first update step', async () => {
    // Monday 2 March 2026, 09:00 in Vietnam.
    t.clock.set('2026-03-02T02:00:00Z');
    const submitted = await t.app.inject({
      method: 'POST',
      url: `${T}/api/reports`,
      payload: {
        kind: 'feedback',
        reporter: {
          name: 'Y Hoa',
          phone: '0905 111 222',
          address: '45 Phan Đình Phùng, phường Kon Tum',
          email: 'yhoa@example.vn',
        },
        title: 'Thủ tục cấp phiếu lý lịch tư pháp công khai hai mức phí khác nhau',
        content:
          'Trang thông tin điện tử của Sở và Cổng dịch vụ công niêm yết hai mức phí khác nhau cho cùng thủ tục cấp phiếu lý lịch tư pháp.',
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const row = await t.database.db
      .selectFrom('reports')
      .select('id')
      .where('tracking_code', '=', submitted.json<{ trackingCode: string }>().trackingCode)
      .executeTakeFirstOrThrow();
    reportId = row.id;
    // The agency receives the transfer at 09:30; 15 wd later, at the close of office, is Monday
    // 23 March 17:00 (the start day is not counted, W2).
    t.clock.set('2026-03-02T02:30:00Z');
    const distributed = await act(operator, 'distribute', { leadAgencyId: agency.id });
    expect(distributed.deadlines.find((d) => d.step === 'handling')?.dueAt).toBe(
      '2026-03-23T10:00:00.000Z',
    );

    await sweepOnce(t.database.db, at('2026-03-23T09:59:59Z'), config);
    expect(await sweepOnce(t.database.db, at('2026-03-23T10:00:00Z'), config)).toEqual({
      ...NOTHING,
      overdue: 1,
    });
    expect(await jobs('deadline.overdue')).toEqual([
      { kind: 'email', to: 'tp.chuyenvien@kontum.example.vn' },
      { kind: 'email', to: 'tp.lanhdao@kontum.example.vn' },
    ]);
    // The first update falls 5 wd after the missed deadline: Monday 30 March, 17:00; the agency
    // is reminded at 75 % of those 40 working hours, on Friday 27 March at 15:00.
    expect(await progressSteps()).toEqual([
      {
        started_at: at('2026-03-23T10:00:00Z'),
        due_at: at('2026-03-30T10:00:00Z'),
        remind_at: at('2026-03-27T08:00:00Z'),
        reminded_at: null,
        overdue_at: null,
        completed_at: null,
      },
    ]);
  });

  it('reminds the agency before each update falls due, on the grid after the deadline', async () => {
    expect(await sweepOnce(t.database.db, at('2026-03-27T07:59:59Z'), config)).toEqual(NOTHING);
    expect(await sweepOnce(t.database.db, at('2026-03-27T08:00:00Z'), config)).toEqual({
      ...NOTHING,
      progressReminders: 1,
    });
    expect(await sweepOnce(t.database.db, at('2026-03-27T09:00:00Z'), config)).toEqual(NOTHING);
    expect(await jobs('progress.reminder')).toEqual([
      { kind: 'email', to: 'tp.chuyenvien@kontum.example.vn' },
      { kind: 'email', to: 'tp.lanhdao@kontum.example.vn' },
    ]);

    // The agency posts its update on Monday 30 March at 09:00; the next one is due 5 wd after
    // the previous due instant (the grid), not after the posting: Monday 6 April, 17:00.
    t.clock.set('2026-03-30T02:00:00Z');
    const lead = (
      await specialist.request({ method: 'GET', url: `${T}/api/reports/${reportId}` })
    ).json<StaffView>().assignments[0];
    await act(specialist, 'post_progress_update', {
      assignmentId: lead?.id,
      note: 'Sở đang rà soát, thống nhất mức phí với Cổng dịch vụ công; dự kiến xong trong tuần.',
    });
    const steps = await progressSteps();
    expect(steps.map((s) => [s.due_at, s.completed_at])).toEqual([
      [at('2026-03-30T10:00:00Z'), at('2026-03-30T02:00:00Z')],
      [at('2026-04-06T10:00:00Z'), null],
    ]);
    expect(steps[1]?.remind_at).toEqual(at('2026-04-03T08:00:00Z'));
    // Kon Tum tells the reporter by SMS and e-mail (QĐ 31/2021 Điều 38).
    expect(await jobs('assignment.progress_updated')).toEqual([
      { kind: 'email', to: 'yhoa@example.vn' },
      { kind: 'sms', to: '0905111222' },
    ]);

    expect(await sweepOnce(t.database.db, at('2026-04-03T08:00:00Z'), config)).toEqual({
      ...NOTHING,
      progressReminders: 1,
    });
    // Missed: the update step itself is marked overdue, once.
    expect(await sweepOnce(t.database.db, at('2026-04-06T10:00:00Z'), config)).toEqual({
      ...NOTHING,
      overdue: 1,
    });
    expect(await sweepOnce(t.database.db, at('2026-04-07T10:00:00Z'), config)).toEqual(NOTHING);
    const overdue = await t.database.db
      .selectFrom('report_events')
      .select(['payload'])
      .where('report_id', '=', reportId)
      .where('type', '=', 'deadline.overdue')
      .orderBy('seq')
      .execute();
    expect(overdue.map((e) => (e.payload as { step: string }).step)).toEqual([
      'handling',
      'progress_update',
    ]);
  });
});
