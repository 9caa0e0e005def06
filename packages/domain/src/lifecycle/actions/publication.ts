/**
 * The publication check (DOMAIN.md lifecycle step 6): publish, send privately (confidential),
 * withhold (state secret), or send an empty answer back. The intake center checks, except where
 * the profile gives it to the agency (Khánh Hòa Phụ lục II Bước 4, Vĩnh Long Điều 10.4).
 */
import { z } from 'zod';
import type { RegulationProfile } from '../../profiles/types';
import { always, defineAction, textSchema } from '../action-definition';
import type { ActorSpec } from '../actors';
import { INTAKE_OPERATOR, activeLead } from '../actors';
import { emit, moveReport, newDraft, patchAssignment, patchReport } from '../draft';
import type { RunContext } from '../draft';
import { refusal } from '../refusals';
import type { RefusalCode } from '../refusals';

function publishers(profile: RegulationProfile): readonly ActorSpec[] {
  const unit = profile.publication.by === 'agency' ? 'lead_agency' : 'intake_center';
  return [{ kind: 'staff', roles: profile.publication.roles, unit }];
}

/**
 * A state secret may arise at intake or during handling (Khánh Hòa Điều 9.3 "trong quá trình xử
 * lý"), so the intake operator and the leader of an assigned agency may mark it.
 */
export const markStateSecret = defineAction({
  machine: 'report',
  name: 'mark_state_secret',
  enabled: always,
  states: () => [
    'submitted',
    'awaiting_information',
    'intake_accepted',
    'awaiting_lead_designation',
    'in_progress',
    'returned_to_intake',
    'answer_ready',
  ],
  actors: () => [INTAKE_OPERATOR, { kind: 'staff', roles: ['leader'], unit: 'assigned_agency' }],
  precondition: (c) => (c.snapshot.stateSecret ? 'already_state_secret' : null),
  input: z.strictObject({ basis: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    patchReport(d, { stateSecret: true });
    emit(c, d, 'report.marked_state_secret', { payload: { basis: input.basis } });
    return d;
  },
});

function publishable(c: RunContext): RefusalCode | null {
  if (c.snapshot.stateSecret) {
    return 'state_secret';
  }
  if (c.snapshot.confidential) {
    return 'confidential';
  }
  return c.snapshot.contactKind === 'delivery_request' ? 'not_publishable' : null;
}

export const publish = defineAction({
  machine: 'report',
  name: 'publish',
  enabled: always,
  states: () => ['answer_ready'],
  actors: publishers,
  precondition: publishable,
  input: z.strictObject({}),
  run: (c) => {
    const d = newDraft(c);
    patchReport(d, { publication: 'public' });
    moveReport(c, d, 'answered', 'report.published');
    return d;
  },
});

/** Khánh Hòa Điều 9.2, Sóc Trăng Điều 9.3.b, Vĩnh Long Điều 10.2: to the reporter only. */
export const sendPrivately = defineAction({
  machine: 'report',
  name: 'send_privately',
  enabled: always,
  states: () => ['answer_ready'],
  actors: publishers,
  precondition: (c) => {
    if (c.snapshot.stateSecret) {
      return 'state_secret';
    }
    const isPrivate = c.snapshot.confidential || c.snapshot.contactKind === 'delivery_request';
    return isPrivate ? null : 'not_confidential';
  },
  input: z.strictObject({}),
  run: (c) => {
    const d = newDraft(c);
    patchReport(d, { publication: 'private' });
    moveReport(c, d, 'answered', 'report.sent_privately');
    return d;
  },
});

/** Khánh Hòa Điều 9.3, Sóc Trăng Điều 9.3.c, Vĩnh Long Điều 10.3: handled under the state-secret law. */
export const withhold = defineAction({
  machine: 'report',
  name: 'withhold',
  enabled: always,
  states: () => ['answer_ready'],
  actors: publishers,
  precondition: (c) => (c.snapshot.stateSecret ? null : 'not_state_secret'),
  input: z.strictObject({}),
  run: (c) => {
    const d = newDraft(c);
    patchReport(d, { publication: 'withheld' });
    moveReport(c, d, 'answered', 'report.withheld');
    return d;
  },
});

/**
 * Sóc Trăng Điều 9.4 (an answer with no content, back to the agency's leader within 4 wh) and
 * Kon Tum mục I.9 (an unfit answer, back to the agency to handle again).
 */
export const returnAnswer = defineAction({
  machine: 'report',
  name: 'return_answer',
  enabled: (profile) => profile.publication.returnTo !== null,
  states: () => ['answer_ready'],
  actors: () => [INTAKE_OPERATOR],
  input: z.strictObject({ reason: textSchema }),
  run: (c, input) => {
    const lead = activeLead(c.snapshot);
    if (!lead) {
      return refusal('assignment_not_found');
    }
    const d = newDraft(c);
    const to = c.profile.publication.returnTo === 'leader' ? 'awaiting_approval' : 'handling';
    patchAssignment(d, lead.id, { state: to });
    patchReport(d, { state: 'in_progress' });
    emit(c, d, 'report.answer_returned', {
      assignmentId: lead.id,
      report: { from: 'answer_ready', to: 'in_progress' },
      assignment: { from: lead.state, to },
      payload: { reason: input.reason },
    });
    return d;
  },
});
