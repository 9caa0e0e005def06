/**
 * Escalation to the provincial People's Committee (DOMAIN.md lifecycle step 8):
 * - unresolved after the handling time, multi-agency: the lead agency reports and posts the
 *   reason for delay (Khánh Hòa Điều 3.5); the IOC's department reports (Sóc Trăng Điều 3.7);
 * - agencies disagree: Sóc Trăng Điều 3.7, Vĩnh Long Điều 3.8, Kon Tum mục II.1;
 * - the reporter disagrees with the answer and keeps writing: Kon Tum mục II.1.
 * The case goes on while the Province decides; its written direction is then recorded.
 */
import { z } from 'zod';
import type { EscalationRule, RegulationProfile } from '../../profiles/types';
import { defineAction, textSchema } from '../action-definition';
import type { ActorSpec } from '../actors';
import { INTAKE_OPERATOR, LEAD_STAFF, activeLead, authorizeActor } from '../actors';
import type { RunContext } from '../draft';
import { emit, newDraft, patchReport, payload } from '../draft';
import { refusal } from '../refusals';
import type { RefusalCode } from '../refusals';
import type { ReportState } from '../types';

const HANDLING_STEPS = ['handling', 'handling_complex', 'aggregation', 'agency_answer'];

function actorOf(rule: EscalationRule): ActorSpec {
  return rule.by === 'lead_agency' ? LEAD_STAFF : INTAKE_OPERATOR;
}

function escalationStates(profile: RegulationProfile): readonly ReportState[] {
  const afterAnswer = profile.escalation.some((rule) => rule.reason === 'reporter_disagrees');
  return afterAnswer ? ['in_progress', 'answered', 'follow_up_open'] : ['in_progress'];
}

function agencyCount(c: RunContext): number {
  return new Set(c.snapshot.assignments.map((a) => a.agencyId)).size;
}

function reasonCheck(c: RunContext, rule: EscalationRule): RefusalCode | null {
  const answered = c.snapshot.state !== 'in_progress';
  if (rule.reason === 'reporter_disagrees') {
    return answered ? null : 'invalid_state';
  }
  if (answered) {
    return 'invalid_state';
  }
  if (agencyCount(c) < 2) {
    return 'single_agency';
  }
  if (rule.reason === 'agencies_disagree') {
    return null;
  }
  const lead = activeLead(c.snapshot);
  const passed = c.snapshot.deadlines.some(
    (d) =>
      d.assignmentId === lead?.id &&
      HANDLING_STEPS.includes(d.step) &&
      (d.overdueAt !== null || c.now.getTime() >= d.dueAt.getTime()),
  );
  return passed ? null : 'escalation_not_due';
}

export const escalate = defineAction({
  machine: 'report',
  name: 'escalate',
  enabled: (profile) => profile.escalation.length > 0,
  states: escalationStates,
  actors: (profile) => profile.escalation.map(actorOf),
  precondition: (c) => (c.snapshot.escalation ? 'already_escalated' : null),
  input: z.strictObject({
    reason: z.enum(['unresolved_after_deadline', 'agencies_disagree', 'reporter_disagrees']),
    explanation: textSchema,
    /** Khánh Hòa Điều 3.5: the reason for delay, posted for the reporter. */
    noticeToReporter: textSchema.optional(),
  }),
  run: (c, input) => {
    const rule = c.profile.escalation.find((r) => r.reason === input.reason);
    if (!rule) {
      return refusal('reason_not_in_profile', [{ path: 'reason', message: input.reason }]);
    }
    const denied =
      authorizeActor([actorOf(rule)], c.actor, c.snapshot, undefined) ?? reasonCheck(c, rule);
    if (denied) {
      return refusal(denied);
    }
    if (rule.noticeToReporter && !input.noticeToReporter) {
      return refusal('invalid_input', [{ path: 'noticeToReporter', message: 'required' }]);
    }
    const d = newDraft(c);
    patchReport(d, { escalation: { reason: input.reason, at: c.now } });
    emit(c, d, 'report.escalated', {
      payload: payload({
        reason: input.reason,
        explanation: input.explanation,
        noticeToReporter: input.noticeToReporter,
        article: rule.article,
      }),
    });
    return d;
  },
});

/** The Province's written direction, recorded by the intake center or a supervisor. */
export const resolveEscalation = defineAction({
  machine: 'report',
  name: 'resolve_escalation',
  enabled: (profile) => profile.escalation.length > 0,
  states: () => ['in_progress', 'answer_ready', 'answered', 'follow_up_open'],
  actors: () => [INTAKE_OPERATOR, { kind: 'staff', roles: ['supervisor'], unit: 'any' }],
  precondition: (c) => (c.snapshot.escalation ? null : 'not_escalated'),
  input: z.strictObject({ decisionRef: textSchema, explanation: textSchema.optional() }),
  run: (c, input) => {
    const d = newDraft(c);
    patchReport(d, { escalation: null });
    emit(c, d, 'report.escalation_resolved', {
      payload: payload({ decisionRef: input.decisionRef, explanation: input.explanation }),
    });
    return d;
  },
});
