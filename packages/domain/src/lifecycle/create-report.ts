/**
 * A new report enters the lifecycle (DOMAIN.md lifecycle step 1): submitted through a channel,
 * 24/7. The intake clocks start at its arrival — for a hotline call or a letter entered by hand,
 * the time it came in, not the time it was typed (W1/W2 move an out-of-hours arrival to the next
 * working moment). The track is fixed here so a fast track's first clock starts at arrival.
 */
import { z } from 'zod';
import { fastTrackFor } from '../profiles/rules';
import { CONTACT_KINDS } from '../profiles/types';
import { idSchema, instantSchema } from './action-definition';
import { settleDeadlines } from './deadline-engine';
import type { Draft } from './draft';
import { notificationsFor } from './notifications';
import { refusal } from './refusals';
import type { ActionResult, Actor, EngineContext, ReportSnapshot } from './types';

export const createReportSchema = z.strictObject({
  reportId: idSchema,
  intakeCenterId: idSchema,
  receivedAt: instantSchema,
  contactKind: z.enum(CONTACT_KINDS).default('report'),
  fieldCode: idSchema.nullable().default(null),
  /** The report describes an incident (Khánh Hòa Điều 10 "sự cố"; Sóc Trăng Điều 8.6 "khẩn cấp"). */
  isIncident: z.boolean().default(false),
  confidential: z.boolean().default(false),
  hideIdentity: z.boolean().default(false),
  consentToPublish: z.boolean().default(false),
});
export type CreateReport = z.input<typeof createReportSchema>;

function mayCreate(actor: Actor, intakeCenterId: string): boolean {
  if (actor.kind !== 'staff') {
    return true;
  }
  return (
    actor.unitKind === 'intake_center' &&
    actor.unitId === intakeCenterId &&
    actor.roles.includes('operator')
  );
}

/** Starts a report: the snapshot in `submitted`, its `report.submitted` event and first deadlines. */
export function createReport(input: unknown, actor: Actor, ctx: EngineContext): ActionResult {
  const parsed = createReportSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    return { ok: false, refusal: refusal('invalid_input', issues) };
  }
  const data = parsed.data;
  if (!mayCreate(actor, data.intakeCenterId)) {
    return {
      ok: false,
      refusal: refusal(
        actor.kind === 'staff' && !actor.roles.includes('operator')
          ? 'role_not_allowed'
          : 'unit_not_allowed',
      ),
    };
  }
  if (!ctx.profile.scope.contactKinds.includes(data.contactKind)) {
    return { ok: false, refusal: refusal('contact_kind_not_in_profile') };
  }
  const snapshot: ReportSnapshot = {
    reportId: data.reportId,
    profileId: ctx.profile.id,
    intakeCenterId: data.intakeCenterId,
    state: 'submitted',
    track: fastTrackFor(ctx.profile, data.fieldCode, data.isIncident)?.id ?? 'normal',
    contactKind: data.contactKind,
    fieldCode: data.fieldCode,
    receivedAt: data.receivedAt,
    confidential: data.confidential,
    stateSecret: false,
    hideIdentity: data.hideIdentity,
    consentToPublish: data.consentToPublish,
    publication: null,
    escalation: null,
    followUp: null,
    followUpCount: 0,
    rating: null,
    assignments: [],
    deadlines: [],
    seq: 0,
  };
  const draft: Draft = {
    snapshot,
    events: [
      {
        type: 'report.submitted',
        at: data.receivedAt,
        reportId: data.reportId,
        assignmentId: null,
        actor,
        reportTransition: null,
        assignmentTransition: null,
        payload: {
          contactKind: data.contactKind,
          track: snapshot.track,
          fieldCode: data.fieldCode,
        },
      },
    ],
    moves: [],
    starts: [],
    overdue: [],
    inputInstant: null,
  };
  const settled = settleDeadlines(snapshot, draft, ctx);
  return {
    ok: true,
    snapshot: settled.snapshot,
    events: draft.events,
    deadlines: settled.changes,
    notifications: notificationsFor(draft.events, settled.snapshot, ctx.profile),
  };
}
