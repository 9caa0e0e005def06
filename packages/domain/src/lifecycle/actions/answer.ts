/**
 * The answer (DOMAIN.md lifecycle steps 4–5): the specialist submits it; the leader approves,
 * returns it for revision, or — Vĩnh Long Điều 9.1 — edits and approves. A coordinating agency's
 * approved result goes to the lead; the lead's goes to publication. Profiles without an approval
 * step (Kon Tum, Hòa Bình) and Sóc Trăng's emergency track deliver on submission.
 */
import { z } from 'zod';
import {
  always,
  assignmentInput,
  defineAction,
  instantSchema,
  textSchema,
} from '../action-definition';
import { OWN_LEADER, OWN_SPECIALIST } from '../actors';
import type { Draft, RunContext } from '../draft';
import { emit, moveAssignment, moveReport, newDraft } from '../draft';
import { refusal } from '../refusals';
import type { AssignmentSnapshot } from '../types';
import { closeCoordinationIfDone } from './acceptance';

function deliver(c: RunContext, d: Draft, a: AssignmentSnapshot): void {
  emit(c, d, 'assignment.completed', { assignmentId: a.id, payload: { role: a.role } });
  if (a.role === 'lead') {
    moveReport(c, d, 'answer_ready', 'report.answer_ready', { assignmentId: a.id });
  } else {
    closeCoordinationIfDone(c, d);
  }
}

function needsApproval(c: RunContext): boolean {
  const track = c.profile.fastTracks.find((t) => t.id === c.snapshot.track);
  return c.profile.approval !== null && !track?.skipsApproval;
}

/** A step counted from a reported instant (Kon Tum result entry, Sóc Trăng emergency update). */
function needsResultInstant(c: RunContext): boolean {
  return c.profile.steps.some(
    (rule) =>
      rule.anchor === 'input_instant' &&
      rule.startsOn.includes('answer.submitted') &&
      (!rule.tracks || rule.tracks.includes(c.snapshot.track)),
  );
}

export const submitAnswer = defineAction({
  machine: 'assignment',
  name: 'submit_answer',
  enabled: always,
  states: () => ['handling'],
  actors: () => [OWN_SPECIALIST],
  precondition: (c) => {
    const waiting = c.snapshot.assignments.some(
      (a) =>
        a.role === 'coordinating' && ['pending', 'handling', 'awaiting_approval'].includes(a.state),
    );
    return c.assignment?.role === 'lead' && waiting ? 'coordination_pending' : null;
  },
  input: z.strictObject({
    ...assignmentInput,
    summary: textSchema,
    /** When the result was issued (Kon Tum mục I.8) or the work completed (Sóc Trăng Điều 8.6). */
    resultAt: instantSchema.optional(),
  }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    if (needsResultInstant(c) && !input.resultAt) {
      return refusal('instant_required', [{ path: 'resultAt', message: 'required' }]);
    }
    if (input.resultAt && input.resultAt.getTime() > c.now.getTime()) {
      return refusal('instant_in_future', [{ path: 'resultAt', message: 'future' }]);
    }
    const d = newDraft(c);
    d.inputInstant = input.resultAt ?? null;
    const approval = needsApproval(c);
    const payload = {
      summary: input.summary,
      ...(input.resultAt ? { resultAt: input.resultAt.toISOString() } : {}),
    };
    moveAssignment(c, d, a.id, approval ? 'awaiting_approval' : 'completed', 'answer.submitted', {
      payload,
    });
    if (!approval) {
      deliver(c, d, a);
    }
    return d;
  },
});

export const approve = defineAction({
  machine: 'assignment',
  name: 'approve',
  enabled: (profile) => profile.approval !== null,
  states: () => ['awaiting_approval'],
  actors: () => [OWN_LEADER],
  input: z.strictObject({ ...assignmentInput, note: textSchema.optional() }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    const d = newDraft(c);
    moveAssignment(c, d, a.id, 'completed', 'answer.approved', {
      payload: input.note ? { note: input.note } : {},
    });
    deliver(c, d, a);
    return d;
  },
});

export const returnToSpecialist = defineAction({
  machine: 'assignment',
  name: 'return_to_specialist',
  enabled: (profile) => profile.approval !== null,
  states: () => ['awaiting_approval'],
  actors: () => [OWN_LEADER],
  input: z.strictObject({ ...assignmentInput, reason: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    moveAssignment(c, d, input.assignmentId, 'handling', 'answer.returned', {
      payload: { reason: input.reason },
    });
    return d;
  },
});

export const editAndApprove = defineAction({
  machine: 'assignment',
  name: 'edit_and_approve',
  enabled: (profile) => profile.approval?.leaderMayEdit === true,
  states: () => ['awaiting_approval'],
  actors: () => [OWN_LEADER],
  input: z.strictObject({ ...assignmentInput, summary: textSchema, edits: textSchema }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    const d = newDraft(c);
    moveAssignment(c, d, a.id, 'completed', 'answer.edited_and_approved', {
      payload: { summary: input.summary, edits: input.edits },
    });
    deliver(c, d, a);
    return d;
  },
});
