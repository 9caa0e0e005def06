/**
 * The deadline sweeper (issue 4 item 7; DOMAIN.md lifecycle step 8): one pass marks the steps that
 * fell due (Sóc Trăng Điều 8.5 "tự động cập nhật trạng thái trễ hạn"; Hòa Bình Điều 9.2), tells the
 * unit whose duty it is that a multi-agency case is ready to escalate (Khánh Hòa Điều 3.5, Sóc Trăng
 * Điều 3.7), and reminds units of steps about to fall due — Kon Tum's 5-working-day progress
 * updates among them (Kon Tum Phụ lục mục I.8, W8).
 *
 * Each report is swept in its own short transaction, claimed with `FOR UPDATE SKIP LOCKED`, so
 * any number of server processes may sweep at once: a report is marked by exactly one of them,
 * and the engine itself refuses a second mark (`already_overdue`).
 */
import { INACTIVE_ASSIGNMENT_STATES, applyAction, dueForOverdue } from '@paht/domain';
import type {
  ActionSuccess,
  Deadline,
  EngineContext,
  RegulationProfile,
  ReportSnapshot,
  StaffActor,
  SystemActor,
} from '@paht/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB, Tenant } from '../../infra/db/schema';
import { isAppError } from '../../infra/http/app-error';
import { engineContext, tenantProfile } from '../reports/engine-context';
import { deadlineValues, enqueueForUnit } from '../reports/notify';
import { lockReport } from '../reports/report-store';
import { runAction } from '../reports/take-action';
import type { ActionEnv } from '../reports/take-action';
import {
  claimDueReminders,
  claimReportWithOverdueStep,
  getReport,
  getTenant,
  markReminded,
} from './sweeper.queries';
import type { ReminderRow } from './sweeper.queries';

export type SweepConfig = Pick<Config, 'publicUrl' | 'remindFraction'> & {
  /** Reports marked overdue, and reminders sent, per pass at most (the next pass goes on). */
  batchSize?: number;
};

export type SweepResult = {
  /** `deadline.overdue` events recorded. */
  overdue: number;
  /** Multi-agency cases whose responsible unit was told to escalate. */
  escalationNotices: number;
  /** 'deadline.reminder' notices (steps other than Kon Tum's progress updates). */
  reminders: number;
  /** 'progress.reminder' notices (Kon Tum W8). */
  progressReminders: number;
};

export const SWEEPER_ACTOR: SystemActor = { kind: 'system', job: 'deadline-sweeper' };

/**
 * The lead's handling steps whose passing makes a multi-agency case "unresolved after the
 * deadline" (the engine's escalation rule, lifecycle/actions/escalation.ts).
 */
const HANDLING_STEPS: readonly string[] = [
  'handling',
  'handling_complex',
  'aggregation',
  'agency_answer',
];

/** One pass: overdue first, so a step both due and unreminded gets only the overdue notice. */
export async function sweepOnce(
  db: Kysely<DB>,
  now: Date,
  config: SweepConfig,
  log?: FastifyBaseLogger,
): Promise<SweepResult> {
  const result: SweepResult = {
    overdue: 0,
    escalationNotices: 0,
    reminders: 0,
    progressReminders: 0,
  };
  await sweepOverdue(db, now, config, result, log);
  await sweepReminders(db, now, config, result);
  return result;
}

async function sweepOverdue(
  db: Kysely<DB>,
  now: Date,
  config: SweepConfig,
  result: SweepResult,
  log: FastifyBaseLogger | undefined,
): Promise<void> {
  const visited: string[] = [];
  const limit = config.batchSize ?? 100;
  while (visited.length < limit) {
    let claimed = false;
    try {
      const swept = await db.transaction().execute(async (tx) => {
        const report = await claimReportWithOverdueStep(tx, now, visited);
        if (!report) {
          return null;
        }
        claimed = true;
        visited.push(report.reportId);
        return markOverdueSteps(tx, report, now, config, log);
      });
      if (!swept) {
        return;
      }
      result.overdue += swept.overdue;
      result.escalationNotices += swept.escalationNotices;
    } catch (error) {
      // One report's failure (rolled back) must not stop the others; a failing claim means the
      // database itself is in trouble, and the pass ends.
      if (!claimed) {
        throw error;
      }
      log?.error({ err: error, reportId: visited.at(-1) }, 'deadline sweeper: report failed');
    }
  }
}

/** Marks every due step of one locked report, one engine action each, and notices escalation. */
async function markOverdueSteps(
  tx: Kysely<DB>,
  claimed: { reportId: string; tenantId: string },
  now: Date,
  config: SweepConfig,
  log: FastifyBaseLogger | undefined,
): Promise<{ overdue: number; escalationNotices: number }> {
  const tenant = await getTenant(tx, claimed.tenantId);
  const env: ActionEnv = {
    db: tx,
    now: () => now,
    publicUrl: config.publicUrl,
    remindFraction: config.remindFraction,
  };
  const counts = { overdue: 0, escalationNotices: 0 };
  const refused = new Set<string>();
  for (;;) {
    // Re-read under the lock: another sweeper may have marked steps since the scan.
    const loaded = await lockReport(tx, tenant.id, claimed.reportId);
    const next = loaded
      ? dueForOverdue(loaded.snapshot.deadlines, now).find((d) => !refused.has(d.id))
      : undefined;
    if (!loaded || !next) {
      return counts;
    }
    let outcome: ActionSuccess;
    try {
      outcome = await runAction(tx, env, tenant, loaded, SWEEPER_ACTOR, {
        action: 'mark_overdue',
        version: loaded.row.version,
        input: { deadlineId: next.id },
      });
    } catch (error) {
      // A refusal writes nothing; the step stays for a later pass and the others go on.
      if (!isAppError(error)) {
        throw error;
      }
      refused.add(next.id);
      log?.warn({ err: error, reportId: claimed.reportId, deadlineId: next.id }, 'overdue refused');
      continue;
    }
    counts.overdue += 1;
    if (await noticeEscalation(tx, env, tenant, claimed.reportId, outcome.snapshot, next)) {
      counts.escalationNotices += 1;
    }
  }
}

/**
 * A multi-agency case unresolved after the lead's handling deadline is escalated to the
 * Province by a person: the lead agency, which also posts the reason for delay for the reporter
 * (Khánh Hòa Điều 3.5), or the intake center's department (Sóc Trăng Điều 3.7). The engine admits
 * no system actor for `escalate`, so the sweeper asks it whether that person could escalate now
 * and, if so, tells their unit — once, when the lead's handling step is marked overdue.
 */
async function noticeEscalation(
  tx: Kysely<DB>,
  env: ActionEnv,
  tenant: Tenant,
  reportId: string,
  snapshot: ReportSnapshot,
  deadline: Deadline,
): Promise<boolean> {
  const lead = snapshot.assignments.find(
    (a) => a.role === 'lead' && !INACTIVE_ASSIGNMENT_STATES.includes(a.state),
  );
  if (!lead || deadline.assignmentId !== lead.id || !HANDLING_STEPS.includes(deadline.step)) {
    return false;
  }
  const ctx = await engineContext(tx, tenant, env.now());
  const rule = ctx.profile.escalation.find((r) => r.reason === 'unresolved_after_deadline');
  if (!rule) {
    return false;
  }
  const unitId = rule.by === 'lead_agency' ? lead.agencyId : snapshot.intakeCenterId;
  if (!couldEscalate(snapshot, ctx, rule.by, unitId)) {
    return false;
  }
  const report = await getReport(tx, reportId);
  const detail = rule.noticeToReporter
    ? `Báo cáo UBND tỉnh và đăng lý do chậm trễ để người phản ánh được biết (${rule.article}).`
    : `Báo cáo UBND tỉnh (${rule.article}).`;
  await enqueueForUnit(
    tx,
    { tenant, report, now: env.now(), publicUrl: env.publicUrl },
    unitId,
    'escalation.due',
    `${reportId}:${deadline.id}:escalation.due`,
    ['email'],
    detail,
    deadlineValues(ctx.profile, tenant, deadline),
  );
  return true;
}

/** A dry run of `escalate` by a person of `unitId`: pure, nothing is stored. */
function couldEscalate(
  snapshot: ReportSnapshot,
  ctx: EngineContext,
  by: 'lead_agency' | 'intake_center',
  unitId: string,
): boolean {
  const actor: StaffActor =
    by === 'lead_agency'
      ? { kind: 'staff', userId: 'sweeper', roles: ['leader'], unitId, unitKind: 'agency' }
      : {
          kind: 'staff',
          userId: 'sweeper',
          roles: ['operator'],
          unitId,
          unitKind: 'intake_center',
        };
  const probe = applyAction(
    snapshot,
    actor,
    'escalate',
    { reason: 'unresolved_after_deadline', explanation: '-', noticeToReporter: '-' },
    ctx,
  );
  return probe.ok;
}

async function sweepReminders(
  db: Kysely<DB>,
  now: Date,
  config: SweepConfig,
  result: SweepResult,
): Promise<void> {
  const batch = config.batchSize ?? 100;
  const tenants = new Map<string, { tenant: Tenant; profile: RegulationProfile | null }>();
  for (let round = 0; round < 10; round += 1) {
    const claimed = await db.transaction().execute(async (tx) => {
      const rows = await claimDueReminders(tx, now, batch);
      for (const row of rows) {
        const sent = await remind(tx, row, now, config, tenants);
        if (sent === 'progress.reminder') {
          result.progressReminders += 1;
        } else if (sent === 'deadline.reminder') {
          result.reminders += 1;
        }
        await markReminded(tx, row.id, now);
      }
      return rows.length;
    });
    if (claimed < batch) {
      return;
    }
  }
}

/**
 * Reminds the unit whose step it is (W6). A step already due gets no reminder: the overdue
 * notice says more. Kon Tum's progress-update steps get their own text (W8).
 */
async function remind(
  tx: Kysely<DB>,
  row: ReminderRow,
  now: Date,
  config: SweepConfig,
  tenants: Map<string, { tenant: Tenant; profile: RegulationProfile | null }>,
): Promise<'deadline.reminder' | 'progress.reminder' | null> {
  if (row.overdueAt || row.dueAt.getTime() <= now.getTime() || !row.orgUnitId) {
    return null;
  }
  let known = tenants.get(row.tenantId);
  if (!known) {
    const tenant = await getTenant(tx, row.tenantId);
    // A tenant with broken profile overrides still gets its reminders, with plain step ids.
    const profile = await tenantProfile(tx, tenant).catch(() => null);
    known = { tenant, profile };
    tenants.set(row.tenantId, known);
  }
  const report = await getReport(tx, row.reportId);
  const type = row.step === 'progress_update' ? 'progress.reminder' : 'deadline.reminder';
  await enqueueForUnit(
    tx,
    { tenant: known.tenant, report, now, publicUrl: config.publicUrl },
    row.orgUnitId,
    type,
    // An extended step is reminded again before its new due instant.
    `${row.reportId}:${row.engineId ?? row.id}:${row.remindAt.toISOString()}:${type}`,
    ['email'],
    '',
    deadlineValues(known.profile, known.tenant, row),
  );
  return type;
}
