/**
 * Routing out of intake: distribute to a lead agency (and coordinating agencies where intake names
 * them), answer at first contact (Hòa Bình), hand over an emergency (Sóc Trăng), or ask the
 * Province to name a lead (Sóc Trăng Điều 3.8).
 */
import { z } from 'zod';
import { always, defineAction, idSchema, textSchema } from '../action-definition';
import { INTAKE_OPERATOR, isActive } from '../actors';
import type { Draft, RunContext } from '../draft';
import { addAssignment, emit, moveReport, newDraft, patchReport, payload } from '../draft';
import { refusal } from '../refusals';
import type { Publication } from '../types';

/** Accepting is implied when the operator distributes straight from `submitted`. */
function acceptIfNeeded(c: RunContext, d: Draft): void {
  if (d.snapshot.state === 'submitted') {
    moveReport(c, d, 'intake_accepted', 'report.intake_accepted', {
      payload: { editedForClarity: false, implied: true },
    });
  }
}

export const distribute = defineAction({
  machine: 'report',
  name: 'distribute',
  enabled: always,
  states: () => ['submitted', 'intake_accepted', 'returned_to_intake', 'awaiting_lead_designation'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({
    leadAgencyId: idSchema,
    coordinatingAgencyIds: z.array(idSchema).max(50).default([]),
    fieldCode: idSchema.optional(),
    /** Sóc Trăng Điều 3.8: the Province's document naming the lead agency. */
    provinceDecisionRef: textSchema.optional(),
    /** Hòa Bình Điều 8.1.c: feedback on an official's conduct; the agency must replace them. */
    concernsOfficialConduct: z.boolean().default(false),
  }),
  run: (c, input) => {
    const s = c.snapshot;
    if (s.state === 'awaiting_lead_designation' && !input.provinceDecisionRef) {
      return refusal('province_decision_required');
    }
    const coordinators = input.coordinatingAgencyIds;
    if (coordinators.length > 0 && c.profile.coordination?.namedBy !== 'intake_center') {
      return refusal('coordinators_not_allowed_here');
    }
    const agencies = [input.leadAgencyId, ...coordinators];
    const taken = s.assignments.filter(isActive).map((a) => a.agencyId);
    if (new Set(agencies).size !== agencies.length || agencies.some((id) => taken.includes(id))) {
      return refusal('agency_already_assigned');
    }
    const d = newDraft(c);
    acceptIfNeeded(c, d);
    if (input.fieldCode) {
      patchReport(d, { fieldCode: input.fieldCode });
    }
    moveReport(c, d, 'in_progress', 'report.distributed', {
      payload: payload({
        leadAgencyId: input.leadAgencyId,
        coordinatingAgencyIds: coordinators,
        provinceDecisionRef: input.provinceDecisionRef,
        concernsOfficialConduct: c.profile.officialConduct
          ? input.concernsOfficialConduct
          : undefined,
      }),
    });
    addAssignment(c, d, input.leadAgencyId, 'lead');
    for (const agencyId of coordinators) {
      addAssignment(c, d, agencyId, 'coordinating');
    }
    return d;
  },
});

function publicationAtIntake(c: RunContext): Publication {
  if (c.snapshot.stateSecret) {
    return 'withheld';
  }
  if (c.snapshot.confidential || c.snapshot.contactKind === 'delivery_request') {
    return 'private';
  }
  return 'public';
}

/** Hòa Bình Điều 8.1.a: the operator answers the call and records the answer. */
export const answerAtIntake = defineAction({
  machine: 'report',
  name: 'answer_at_intake',
  enabled: (profile) => profile.intake.answerAtFirstContact !== null,
  states: () => ['submitted', 'intake_accepted'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ summary: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    const publication = publicationAtIntake(c);
    moveReport(c, d, 'answered', 'report.answered_at_intake', {
      payload: { summary: input.summary },
    });
    patchReport(d, { publication });
    const type =
      publication === 'public'
        ? 'report.published'
        : publication === 'private'
          ? 'report.sent_privately'
          : 'report.withheld';
    emit(c, d, type, { payload: { atIntake: true } });
    return d;
  },
});

/** Sóc Trăng Điều 8.6 Bước 1: the call goes straight to the competent unit, without intake checks. */
export const forwardEmergency = defineAction({
  machine: 'report',
  name: 'forward_emergency',
  enabled: (profile) => profile.fastTracks.some((track) => track.forwardImmediately),
  states: () => ['submitted', 'intake_accepted'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ agencyId: idSchema, explanation: textSchema.optional() }),
  run: (c, input) => {
    const track = c.profile.fastTracks.find((t) => t.forwardImmediately);
    if (!track) {
      return refusal('not_in_profile');
    }
    const d = newDraft(c);
    patchReport(d, { track: track.id });
    moveReport(c, d, 'in_progress', 'report.emergency_forwarded', {
      payload: payload({ agencyId: input.agencyId, explanation: input.explanation }),
    });
    addAssignment(c, d, input.agencyId, 'lead', true);
    return d;
  },
});

/** Sóc Trăng Điều 3.8, 16.5: no clear lead agency — the Province names one. */
export const requestLeadDesignation = defineAction({
  machine: 'report',
  name: 'request_lead_designation',
  enabled: (profile) => profile.intake.leadDesignation !== null,
  states: () => ['submitted', 'intake_accepted', 'returned_to_intake'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ explanation: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    moveReport(c, d, 'awaiting_lead_designation', 'report.lead_designation_requested', {
      payload: { explanation: input.explanation },
    });
    return d;
  },
});
