/**
 * Agency acceptance and coordination (DOMAIN.md lifecycle steps 3–4): the specialist accepts, or
 * returns the case as not competent with a reason and, ideally, the right agency; the lead agency
 * forwards to coordinating agencies where the profile lets it (Khánh Hòa Điều 7.2.b, Sóc Trăng
 * Điều 8.2 Bước 1).
 */
import { z } from 'zod';
import { always, assignmentInput, defineAction, idSchema, textSchema } from '../action-definition';
import { OWN_SPECIALIST, activeCoordinators, isActive } from '../actors';
import type { Draft, RunContext } from '../draft';
import {
  addAssignment,
  emit,
  findAssignment,
  moveAssignment,
  moveReport,
  newDraft,
} from '../draft';
import { refusal } from '../refusals';
import type { RefusalValue } from '../refusals';
import type { AssignmentSnapshot } from '../types';

const FINISHED = ['completed', 'returned', 'cancelled'];

/** Once every coordinating agency has answered or returned, the lead's aggregation starts (Sóc Trăng Điều 8.2 Bước 3). */
export function closeCoordinationIfDone(c: RunContext, d: Draft): void {
  const coordinators = d.snapshot.assignments.filter((a) => a.role === 'coordinating');
  const lead = d.snapshot.assignments.find((a) => a.role === 'lead' && isActive(a));
  if (
    !lead ||
    coordinators.length === 0 ||
    !coordinators.every((a) => FINISHED.includes(a.state))
  ) {
    return;
  }
  emit(c, d, 'coordination.completed', {
    assignmentId: lead.id,
    payload: {
      completed: coordinators.filter((a) => a.state === 'completed').map((a) => a.agencyId),
    },
  });
}

function forward(
  c: RunContext,
  d: Draft,
  lead: AssignmentSnapshot,
  agencyIds: readonly string[],
): RefusalValue | null {
  const taken = d.snapshot.assignments.filter(isActive).map((a) => a.agencyId);
  if (new Set(agencyIds).size !== agencyIds.length || agencyIds.some((id) => taken.includes(id))) {
    return refusal('agency_already_assigned');
  }
  emit(c, d, 'assignment.coordination_requested', {
    assignmentId: lead.id,
    payload: { agencyIds: [...agencyIds] },
  });
  for (const agencyId of agencyIds) {
    addAssignment(c, d, agencyId, 'coordinating');
  }
  return null;
}

function leadForwards(c: RunContext, ids: readonly string[]): boolean {
  return (
    ids.length === 0 ||
    (c.profile.coordination?.namedBy === 'lead_agency' && c.assignment?.role === 'lead')
  );
}

export const accept = defineAction({
  machine: 'assignment',
  name: 'accept',
  enabled: (profile) => profile.agencyAcceptance !== null,
  states: () => ['pending'],
  actors: () => [OWN_SPECIALIST],
  input: z.strictObject({
    ...assignmentInput,
    /** Khánh Hòa Điều 7.3: accepting includes forwarding to coordinating agencies. */
    coordinatingAgencyIds: z.array(idSchema).max(50).default([]),
  }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    if (!leadForwards(c, input.coordinatingAgencyIds)) {
      return refusal('coordinators_not_allowed_here');
    }
    const d = newDraft(c);
    moveAssignment(c, d, a.id, 'handling', 'assignment.accepted', { patch: { acceptedAt: c.now } });
    const lead = findAssignment(d, a.id);
    if (lead && input.coordinatingAgencyIds.length > 0) {
      return forward(c, d, lead, input.coordinatingAgencyIds) ?? d;
    }
    return d;
  },
});

/**
 * A lead's return sends the case back to intake for re-distribution and ends the coordination
 * under it; a coordinator's return goes to the lead (Sóc Trăng Phụ lục II Bước 3).
 */
export const returnAssignment = defineAction({
  machine: 'assignment',
  name: 'return',
  enabled: always,
  states: () => ['pending', 'handling'],
  actors: () => [OWN_SPECIALIST],
  input: z.strictObject({
    ...assignmentInput,
    reason: textSchema,
    suggestedAgencyId: idSchema.optional(),
  }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    const d = newDraft(c);
    const reason = {
      reason: input.reason,
      ...(input.suggestedAgencyId ? { suggestedAgencyId: input.suggestedAgencyId } : {}),
    };
    moveAssignment(c, d, a.id, 'returned', 'assignment.returned', { payload: reason });
    if (a.role === 'coordinating') {
      closeCoordinationIfDone(c, d);
      return d;
    }
    for (const coordinator of activeCoordinators(d.snapshot)) {
      moveAssignment(c, d, coordinator.id, 'cancelled', 'assignment.cancelled', {
        payload: { cause: 'lead_returned' },
      });
    }
    moveReport(c, d, 'returned_to_intake', 'report.returned_to_intake', {
      assignmentId: a.id,
      payload: reason,
    });
    return d;
  },
});

export const forwardToCoordinators = defineAction({
  machine: 'assignment',
  name: 'forward_to_coordinators',
  enabled: (profile) => profile.coordination?.namedBy === 'lead_agency',
  states: () => ['handling'],
  assignmentRoles: ['lead'],
  actors: () => [OWN_SPECIALIST],
  input: z.strictObject({ ...assignmentInput, agencyIds: z.array(idSchema).min(1).max(50) }),
  run: (c, input) => {
    const a = c.assignment;
    if (!a) {
      return refusal('assignment_not_found');
    }
    const d = newDraft(c);
    return forward(c, d, a, input.agencyIds) ?? d;
  },
});
