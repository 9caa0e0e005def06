/**
 * One generated report's life: the real lifecycle engine, driven by simulated people. After each
 * step the next one is chosen from what the report waits for, done by whoever the profile lets do
 * it (the engine decides, so every profile's own order of steps is respected), at a time drawn
 * against the step's deadline in working time: most steps well in time, some late. A step that
 * would happen after `now` does not happen, so recent reports are still open, waiting where real
 * ones would, and a deadline that passed before the next step is marked overdue at its instant,
 * as the sweeper does.
 */
import { INACTIVE_ASSIGNMENT_STATES, applyAction, createReport, dueForOverdue } from '@paht/domain';
import type {
  ActionName,
  ActionResult,
  ActionSuccess,
  Actor,
  ContactKind,
  EngineContext,
  ReportSnapshot,
  StaffActor,
} from '@paht/domain';
import { SWEEPER_ACTOR } from '../sweeper/sweep-deadlines';
import { answerText, followUpAnswer, followUpQuestion } from './bulk-texts';
import type { ReportText } from './bulk-texts';
import type { Random } from './random';

export type AgencyStaff = { agencyId: string; specialists: StaffActor[]; leaders: StaffActor[] };

/** The people who act on the tenant's reports. */
export type Cast = {
  operatorsByCenter: ReadonlyMap<string, readonly StaffActor[]>;
  agencies: readonly AgencyStaff[];
  agencyById: ReadonlyMap<string, AgencyStaff>;
};

/** How this report's life goes, drawn when it arrives. */
export type Fate = {
  outcome: 'handled' | 'rejected' | 'duplicate' | 'referred';
  asksForInformation: boolean;
  returnedByAgency: boolean;
  extended: boolean;
  asksFollowUp: boolean;
  rates: boolean;
  /** Probability that a timed step is done after its deadline. */
  lateness: number;
};

export function drawFate(random: Random): Fate {
  const r = random.next();
  return {
    outcome: r < 0.05 ? 'rejected' : r < 0.08 ? 'duplicate' : r < 0.1 ? 'referred' : 'handled',
    asksForInformation: random.chance(0.03),
    returnedByAgency: random.chance(0.04),
    extended: random.chance(0.05),
    asksFollowUp: random.chance(0.08),
    rates: random.chance(0.55),
    lateness: random.chance(0.2) ? 0.5 : 0.06,
  };
}

export type LifeInput = {
  reportId: string;
  intakeCenterId: string;
  receivedAt: Date;
  fieldCode: string | null;
  isIncident: boolean;
  confidential: boolean;
  consentToPublish: boolean;
  /** One of the profile's kinds of contact (`scope.contactKinds`). */
  contactKind: ContactKind;
  /** The agency the field names by default, if any. */
  defaultAgencyId: string | null;
  /** An earlier report this one repeats (the duplicate fate needs one). */
  original: { id: string } | null;
  text: ReportText;
  fate: Fate;
};

type Input = Record<string, unknown>;
/** An input, or one built at the step's instant (e.g. when the result was issued). */
type Step = { action: ActionName; input: Input | ((now: Date) => Input); actors: readonly Actor[] };

const REPORTER: Actor = { kind: 'reporter', reporterId: null };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export class Lifecycle {
  constructor(
    private readonly cast: Cast,
    private readonly baseCtx: EngineContext,
    private readonly random: Random,
  ) {}

  private ctx(now: Date): EngineContext {
    return { ...this.baseCtx, now };
  }

  /**
   * Every engine result of the report's life up to `now`, in order, each with the context it ran
   * in (its `now` is the step's instant).
   */
  live(life: LifeInput, now: Date): { result: ActionSuccess; ctx: EngineContext }[] {
    const steps: { result: ActionSuccess; ctx: EngineContext }[] = [];
    const operator = this.random.pick(this.cast.operatorsByCenter.get(life.intakeCenterId) ?? []);
    const startCtx = this.ctx(life.receivedAt);
    const created = createReport(
      {
        reportId: life.reportId,
        intakeCenterId: life.intakeCenterId,
        receivedAt: life.receivedAt,
        contactKind: life.contactKind,
        fieldCode: life.fieldCode,
        isIncident: life.isIncident,
        confidential: life.confidential,
        consentToPublish: life.consentToPublish,
      },
      REPORTER,
      startCtx,
    );
    let snapshot = this.expectOk(created, 'create').snapshot;
    steps.push({ result: created as ActionSuccess, ctx: startCtx });
    let t = life.receivedAt;
    const state = {
      informationAsked: false,
      returned: false,
      extended: false,
      askedFollowUp: false,
    };
    for (let guard = 0; guard < 30; guard += 1) {
      const candidates = this.nextSteps(snapshot, life, operator, state);
      if (candidates.length === 0) {
        break;
      }
      const at = this.nextInstant(snapshot, t, life.fate);
      if (at > now) {
        break;
      }
      snapshot = this.markOverdue(snapshot, at, steps);
      const done = this.tryFirst(snapshot, candidates, this.ctx(at));
      if (!done) {
        break;
      }
      steps.push(done);
      snapshot = done.result.snapshot;
      t = at;
      const action = done.result.events[0]?.type;
      if (action === 'report.information_requested') {
        state.informationAsked = true;
      }
      if (action === 'assignment.returned') {
        state.returned = true;
      }
      if (action === 'assignment.extended') {
        state.extended = true;
      }
      if (action === 'follow_up.asked') {
        state.askedFollowUp = true;
      }
    }
    this.markOverdue(snapshot, now, steps);
    return steps;
  }

  private expectOk(result: ActionResult, what: string): ActionSuccess {
    if (!result.ok) {
      throw new Error(`${what} refused: ${result.refusal.code}`);
    }
    return result;
  }

  /** Deadlines passed before `until` are marked overdue at their own instant, earliest first. */
  private markOverdue(
    snapshot: ReportSnapshot,
    until: Date,
    steps: { result: ActionSuccess; ctx: EngineContext }[],
  ): ReportSnapshot {
    let current = snapshot;
    for (;;) {
      const next = dueForOverdue(current.deadlines, until).sort(
        (a, b) => a.dueAt.getTime() - b.dueAt.getTime(),
      )[0];
      if (!next) {
        return current;
      }
      const ctx = this.ctx(new Date(next.dueAt.getTime() + MINUTE));
      const result = applyAction(
        current,
        SWEEPER_ACTOR,
        'mark_overdue',
        { deadlineId: next.id },
        ctx,
      );
      if (!result.ok) {
        return current;
      }
      steps.push({ result, ctx });
      current = result.snapshot;
    }
  }

  /**
   * When the next step happens: against the nearest open deadline, measured in the working time
   * of its unit (a fraction of what is left, past it with the fate's lateness); steps without a
   * clock (the reporter's) within a few days.
   */
  private nextInstant(snapshot: ReportSnapshot, t: Date, fate: Fate): Date {
    const nearest = snapshot.deadlines
      .filter((d) => d.sweep && d.overdueAt === null)
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
    if (!nearest || nearest.dueAt <= t) {
      return new Date(t.getTime() + (30 * MINUTE + this.random.next() * 3 * DAY));
    }
    const late = this.random.chance(fate.lateness);
    const fraction = late ? 1.05 + this.random.next() * 1.5 : 0.05 + this.random.next() * 0.85;
    const calendar = this.baseCtx.calendarFor(nearest.unit);
    const working = calendar.workingMinutesBetween(t, nearest.dueAt);
    if (working <= 0) {
      // A step counted on the clock (W4 fast tracks).
      const span = nearest.dueAt.getTime() - t.getTime();
      return new Date(t.getTime() + Math.max(MINUTE, span * fraction));
    }
    return calendar.addWorkingHours(t, Math.max(5, working * fraction) / 60);
  }

  private tryFirst(
    snapshot: ReportSnapshot,
    candidates: readonly Step[],
    ctx: EngineContext,
  ): { result: ActionSuccess; ctx: EngineContext } | null {
    for (const step of candidates) {
      for (const actor of step.actors) {
        const input = typeof step.input === 'function' ? step.input(ctx.now) : step.input;
        const result = applyAction(snapshot, actor, step.action, input, ctx);
        if (result.ok) {
          return { result, ctx };
        }
      }
    }
    return null;
  }

  private staffOf(agencyId: string | undefined): Actor[] {
    const staff = agencyId ? this.cast.agencyById.get(agencyId) : undefined;
    return staff ? [...staff.specialists, ...staff.leaders] : [];
  }

  private otherAgency(except: readonly string[]): string {
    const choices = this.cast.agencies.filter((a) => !except.includes(a.agencyId));
    return this.random.pick(choices.length > 0 ? choices : this.cast.agencies).agencyId;
  }

  /** What could happen next, most wanted first, each with who could do it. */
  private nextSteps(
    s: ReportSnapshot,
    life: LifeInput,
    operator: StaffActor,
    state: {
      informationAsked: boolean;
      returned: boolean;
      extended: boolean;
      askedFollowUp: boolean;
    },
  ): Step[] {
    const fate = life.fate;
    const ops = [operator];
    const lead = s.assignments.find(
      (a) => a.role === 'lead' && !INACTIVE_ASSIGNMENT_STATES.includes(a.state),
    );
    const leadStaff = this.staffOf(lead?.agencyId);
    const everyone = [...ops, ...leadStaff];
    const explanation = 'Trung tâm đã xem xét theo quy chế.';
    switch (s.state) {
      case 'submitted':
      case 'intake_accepted':
      case 'returned_to_intake': {
        const steps: Step[] = [];
        if (s.state === 'submitted' && fate.asksForInformation && !state.informationAsked) {
          steps.push({
            action: 'request_information',
            input: { message: 'Đề nghị cung cấp địa chỉ cụ thể và hình ảnh hiện trường.' },
            actors: ops,
          });
        }
        if (fate.outcome === 'duplicate' && life.original) {
          steps.push({
            action: 'reject',
            input: {
              reason: 'duplicate',
              duplicateOf: life.original.id,
              explanation: 'Phản ánh trùng nội dung đang xử lý.',
            },
            actors: ops,
          });
        }
        if (fate.outcome === 'rejected') {
          steps.push(
            {
              action: 'reject',
              input: {
                reason: 'out_of_scope',
                outOfScopeKind: 'complaint',
                explanation,
                guidance: 'Gửi đơn khiếu nại theo Luật Khiếu nại.',
              },
              actors: ops,
            },
            { action: 'reject', input: { reason: 'incomplete', explanation }, actors: ops },
            { action: 'reject', input: { reason: 'not_competent', explanation }, actors: ops },
          );
        }
        if (fate.outcome === 'referred') {
          steps.push(
            {
              action: 'refer',
              input: { kind: 'agency_suggestion', unitId: this.otherAgency([]), explanation },
              actors: ops,
            },
            {
              action: 'refer',
              input: { kind: 'authorities_monitoring', unitId: this.otherAgency([]), explanation },
              actors: ops,
            },
          );
        }
        const previous = s.assignments.map((a) => a.agencyId);
        const leadAgencyId =
          life.defaultAgencyId && !previous.includes(life.defaultAgencyId)
            ? life.defaultAgencyId
            : this.otherAgency(previous);
        steps.push({ action: 'distribute', input: { leadAgencyId }, actors: ops });
        return steps;
      }
      case 'awaiting_information':
        return [
          {
            action: 'supplement_information',
            input: { note: 'Tôi bổ sung địa chỉ và ảnh.' },
            actors: [REPORTER],
          },
        ];
      case 'awaiting_lead_designation':
        return [
          {
            action: 'distribute',
            input: {
              leadAgencyId: this.otherAgency([]),
              provinceDecisionRef: 'Văn bản số 125/UBND-KT',
            },
            actors: ops,
          },
        ];
      case 'in_progress': {
        if (!lead) {
          return [];
        }
        const assignmentId = lead.id;
        const steps: Step[] = [];
        if (lead.state === 'pending') {
          if (fate.returnedByAgency && !state.returned) {
            steps.push({
              action: 'return',
              input: {
                assignmentId,
                reason: 'Nội dung không thuộc thẩm quyền của đơn vị.',
                suggestedAgencyId: this.otherAgency([lead.agencyId]),
              },
              actors: leadStaff,
            });
          }
          steps.push({ action: 'accept', input: { assignmentId }, actors: leadStaff });
        }
        if (lead.state === 'handling') {
          const handling = s.deadlines.find((d) => d.assignmentId === assignmentId && d.sweep);
          if (fate.extended && !state.extended && handling) {
            const calendar = this.baseCtx.calendarFor(handling.unit);
            steps.push({
              action: 'extend_deadline',
              input: {
                assignmentId,
                committedDue: calendar.addWorkingHours(handling.dueAt, 8 * 3),
                reason: 'Vụ việc phức tạp, cần kiểm tra, xác minh thực tế.',
                noticeRef: 'Công văn số 88/CV',
                complexCase: true,
              },
              actors: leadStaff,
            });
          }
          steps.push({
            action: 'submit_answer',
            input: (at: Date) => ({
              assignmentId,
              summary: answerText(this.random, life.text.topic),
              resultAt: at,
            }),
            actors: leadStaff,
          });
        }
        if (lead.state === 'awaiting_approval') {
          steps.push({ action: 'approve', input: { assignmentId }, actors: leadStaff });
        }
        return steps;
      }
      case 'answer_ready':
        return [
          { action: 'publish', input: {}, actors: everyone },
          { action: 'send_privately', input: {}, actors: everyone },
        ];
      case 'answered': {
        const steps: Step[] = [];
        if (fate.asksFollowUp && !state.askedFollowUp) {
          steps.push({
            action: 'ask_follow_up',
            input: { question: followUpQuestion(this.random) },
            actors: [REPORTER],
          });
        }
        if (fate.rates && !s.rating) {
          const level = this.random.weighted(
            ['very_satisfied', 'satisfied', 'acceptable', 'dissatisfied'] as const,
            (l) => ({ very_satisfied: 35, satisfied: 40, acceptable: 15, dissatisfied: 10 })[l],
          );
          steps.push({ action: 'rate', input: { level }, actors: [REPORTER] });
        }
        return steps;
      }
      case 'follow_up_open':
        return [
          { action: 'forward_follow_up', input: {}, actors: ops },
          {
            action: 'answer_follow_up',
            input: { answer: followUpAnswer(this.random) },
            actors: everyone,
          },
        ];
      default:
        return [];
    }
  }
}
