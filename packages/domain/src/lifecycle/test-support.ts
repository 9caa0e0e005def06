/**
 * Test-only helpers for the lifecycle and profile tests (not exported from the package): the real
 * calendar with the default office schedule and the official holidays, named actors, and a
 * scenario runner that threads a snapshot through actions.
 */
import { buildCalendar, defaultCalendarData, formatInstant } from '../calendar';
import type { WorkingCalendar } from '../calendar/types';
import { computeStepDeadline } from '../profiles/rules';
import type { RegulationProfile, StepId } from '../profiles/types';
import { createReport } from './create-report';
import { applyAction } from './engine';
import type { RefusalCode } from './refusals';
import type {
  ActionName,
  ActionSuccess,
  Actor,
  Deadline,
  EngineContext,
  ReportSnapshot,
  UnitKind,
  UnitRef,
} from './types';
import type { Role } from '../roles';

/** Mon–Fri 07:30–11:30, 13:00–17:00, UTC+7, official 2025–2026 days and generated holidays. */
export const CALENDAR: WorkingCalendar = buildCalendar(defaultCalendarData());

/** '2026-05-08 16:00' in Vietnam (UTC+7). */
export function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}

/** '2026-05-11T10:30:00+07:00'. */
export function show(at: Date): string {
  return formatInstant(at);
}

export const INTAKE_CENTER = 'ioc';
export const AGENCY_A = 'agency-a';
export const AGENCY_B = 'agency-b';
export const AGENCY_C = 'agency-c';

const staff = (userId: string, unitId: string, unitKind: UnitKind, roles: Role[]): Actor => ({
  kind: 'staff',
  userId,
  roles,
  unitId,
  unitKind,
});

export const ACTORS = {
  operator: staff('u-op', INTAKE_CENTER, 'intake_center', ['operator']),
  intakeLeader: staff('u-il', INTAKE_CENTER, 'intake_center', ['leader']),
  otherOperator: staff('u-op2', 'ioc-2', 'intake_center', ['operator']),
  leadSpecialist: staff('u-as', AGENCY_A, 'agency', ['specialist']),
  leadLeader: staff('u-al', AGENCY_A, 'agency', ['leader']),
  coordSpecialist: staff('u-bs', AGENCY_B, 'agency', ['specialist']),
  coordLeader: staff('u-bl', AGENCY_B, 'agency', ['leader']),
  otherSpecialist: staff('u-cs', AGENCY_C, 'agency', ['specialist']),
  otherLeader: staff('u-cl', AGENCY_C, 'agency', ['leader']),
  supervisor: staff('u-sv', 'province', 'province', ['supervisor']),
  admin: staff('u-ad', INTAKE_CENTER, 'intake_center', ['admin']),
  reporter: { kind: 'reporter', reporterId: 'r-1' },
  system: { kind: 'system', job: 'deadline-sweeper' },
} as const satisfies Record<string, Actor>;
export type ActorName = keyof typeof ACTORS;

export function context(
  profile: RegulationProfile,
  now: Date,
  calendarFor: (unit: UnitRef) => WorkingCalendar = () => CALENDAR,
): EngineContext {
  return { now, profile, calendarFor };
}

export type Scenario = {
  readonly snapshot: ReportSnapshot;
  readonly steps: ActionSuccess[];
  /** Takes the action and fails the test when it is refused. */
  act(
    actor: ActorName,
    action: ActionName,
    input: Record<string, unknown>,
    at: string,
  ): ActionSuccess;
  /** Takes the action and returns the refusal code (or 'ok'). */
  attempt(
    actor: ActorName,
    action: ActionName,
    input: Record<string, unknown>,
    at: string,
  ): RefusalCode | 'ok';
  /** The open deadline of a step, on the report (null) or on an assignment. */
  deadline(step: StepId, assignmentId?: string | null): Deadline | undefined;
  /** The id of the n-th assignment created (1-based). */
  assignment(n: number): string;
};

export function startScenario(
  profile: RegulationProfile,
  create: Record<string, unknown> & { at: string },
  options: { calendarFor?: (unit: UnitRef) => WorkingCalendar; by?: ActorName } = {},
): Scenario {
  const { at, ...rest } = create;
  const input = { reportId: 'r', intakeCenterId: INTAKE_CENTER, receivedAt: vn(at), ...rest };
  const first = createReport(
    input,
    ACTORS[options.by ?? 'reporter'],
    context(profile, vn(at), options.calendarFor),
  );
  if (!first.ok) {
    throw new Error(
      `createReport refused: ${first.refusal.code} ${JSON.stringify(first.refusal.issues)}`,
    );
  }
  let snapshot = first.snapshot;
  const steps: ActionSuccess[] = [first];
  const run = (
    actor: ActorName,
    action: ActionName,
    actionInput: Record<string, unknown>,
    when: string,
  ) =>
    applyAction(
      snapshot,
      ACTORS[actor],
      action,
      actionInput,
      context(profile, vn(when), options.calendarFor),
    );
  return {
    get snapshot() {
      return snapshot;
    },
    steps,
    act(actor, action, actionInput, when) {
      const result = run(actor, action, actionInput, when);
      if (!result.ok) {
        throw new Error(
          `${action} by ${actor} refused: ${result.refusal.code} ${JSON.stringify(result.refusal.issues)}`,
        );
      }
      snapshot = result.snapshot;
      steps.push(result);
      return result;
    },
    attempt(actor, action, actionInput, when) {
      const result = run(actor, action, actionInput, when);
      if (result.ok) {
        snapshot = result.snapshot;
        steps.push(result);
        return 'ok';
      }
      return result.refusal.code;
    },
    deadline(step, assignmentId = null) {
      return snapshot.deadlines.find((d) => d.step === step && d.assignmentId === assignmentId);
    },
    assignment(n) {
      return snapshot.assignments[n - 1]?.id ?? `missing-assignment-${n}`;
    },
  };
}

/** Every deadline stop recorded so far, newest last. */
export function stops(s: Scenario): ActionSuccess['deadlines']['stop'] {
  return s.steps.flatMap((step) => step.deadlines.stop);
}

/** The due instant of a profile step started at a Vietnamese local time, formatted for a test. */
export function dueOf(
  profile: RegulationProfile,
  step: StepId,
  start: string,
  calendar = CALENDAR,
): string {
  const due = computeStepDeadline(profile, step, vn(start), calendar);
  return due ? show(due) : 'no such step';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** 'Fri 2026-05-08 16:00' from '2026-05-08 16:00' or '2026-05-08T16:00:00+07:00'. */
export function label(local: string): string {
  const date = local.slice(0, 10);
  const time = local.slice(11, 16);
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${date} ${time}${local.length > 16 ? '+07:00' : ''}`;
}

export type DeadlineCase = {
  article: string;
  what: string;
  step: StepId;
  /** W7: the event that starts the step. */
  startsOn: string;
  /** W6: whose calendar it counts on. */
  calendar: 'intake_center' | 'agency';
  start: string;
  due: string;
};

/** "<article>: <what> — <start> → due <due>" */
export function caseTitle(c: DeadlineCase): string {
  return `${c.article}: ${c.what} — ${label(c.start)} → due ${label(c.due)}`;
}
