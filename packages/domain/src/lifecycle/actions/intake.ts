/**
 * Intake (DOMAIN.md lifecycle step 2): verify, then reject, ask the reporter for more, refer, or
 * accept. Distribution is in `distribution.ts`.
 */
import { z } from 'zod';
import { always, defineAction, idSchema, textSchema } from '../action-definition';
import { INTAKE_OPERATOR, REPORTER } from '../actors';
import { moveReport, newDraft, payload } from '../draft';
import { refusal } from '../refusals';

export const requestInformation = defineAction({
  machine: 'report',
  name: 'request_information',
  enabled: always,
  states: () => ['submitted', 'intake_accepted'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ message: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    moveReport(c, d, 'awaiting_information', 'report.information_requested', {
      payload: { message: input.message },
    });
    return d;
  },
});

/** The reporter's answer restarts the intake clock (a new "gửi", Khánh Hòa Điều 6.3). */
export const supplementInformation = defineAction({
  machine: 'report',
  name: 'supplement_information',
  enabled: always,
  states: () => ['awaiting_information'],
  actors: () => [REPORTER],
  input: z.strictObject({ note: textSchema.optional() }),
  run: (c, input) => {
    const d = newDraft(c);
    moveReport(c, d, 'submitted', 'report.information_supplemented', {
      payload: payload({ note: input.note }),
    });
    return d;
  },
});

const rejectInput = z
  .strictObject({
    reason: z.enum(['duplicate', 'incomplete', 'out_of_scope', 'not_competent']),
    explanation: textSchema,
    /** Khánh Hòa Điều 12.1: the existing case the reporter is pointed to. */
    duplicateOf: idSchema.optional(),
    /** Complaints and denunciations are out of scope in every seed (e.g. Sóc Trăng Điều 3.9). */
    outOfScopeKind: z.enum(['complaint', 'denunciation', 'other']).optional(),
    /** Hòa Bình Điều 7.2: where the reporter should turn instead. */
    guidance: textSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'duplicate' && !value.duplicateOf) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'required' });
    }
    if (value.reason === 'out_of_scope' && !value.outOfScopeKind) {
      ctx.addIssue({ code: 'custom', path: ['outOfScopeKind'], message: 'required' });
    }
  });

export const reject = defineAction({
  machine: 'report',
  name: 'reject',
  enabled: always,
  states: () => ['submitted', 'intake_accepted', 'awaiting_information', 'returned_to_intake'],
  actors: () => [INTAKE_OPERATOR],
  input: rejectInput,
  run: (c, input) => {
    if (!c.profile.intake.rejectReasons.includes(input.reason)) {
      return refusal('reason_not_in_profile', [{ path: 'reason', message: input.reason }]);
    }
    const d = newDraft(c);
    moveReport(c, d, 'rejected', 'report.rejected', {
      payload: payload({
        reason: input.reason,
        explanation: input.explanation,
        duplicateOf: input.duplicateOf,
        outOfScopeKind: input.outOfScopeKind,
        guidance: input.guidance,
      }),
    });
    return d;
  },
});

/** Sóc Trăng Điều 7.4: past incidents to the authorities for monitoring; suggestions to an agency. */
export const refer = defineAction({
  machine: 'report',
  name: 'refer',
  enabled: (profile) => profile.intake.referral !== null,
  states: () => ['submitted', 'intake_accepted', 'returned_to_intake'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({
    kind: z.enum(['authorities_monitoring', 'agency_suggestion']),
    unitId: idSchema,
    explanation: textSchema,
  }),
  run: (c, input) => {
    if (!c.profile.intake.referral?.kinds.includes(input.kind)) {
      return refusal('reason_not_in_profile', [{ path: 'kind', message: input.kind }]);
    }
    const d = newDraft(c);
    moveReport(c, d, 'referred', 'report.referred', {
      payload: { kind: input.kind, unitId: input.unitId, explanation: input.explanation },
    });
    return d;
  },
});

/**
 * Verified and accepted by the intake center. Sóc Trăng Điều 7.2 lets the operator correct
 * spelling and layout without changing the meaning; the server keeps the original text.
 */
export const acceptIntake = defineAction({
  machine: 'report',
  name: 'accept_intake',
  enabled: always,
  states: () => ['submitted'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ editedForClarity: z.boolean().default(false) }),
  run: (c, input) => {
    const d = newDraft(c);
    moveReport(c, d, 'intake_accepted', 'report.intake_accepted', {
      payload: { editedForClarity: input.editedForClarity },
    });
    return d;
  },
});
