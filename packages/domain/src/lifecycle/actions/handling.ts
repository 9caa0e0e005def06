/**
 * Work on an accepted case: the fast track's temporary fix (Khánh Hòa Điều 10.3), Hòa Bình's
 * hand-over to the agency's focal point with an appointment (Điều 8.1.c) and its single
 * re-appointment (Điều 9.3), the one extension (W10), and Kon Tum's progress updates (W8).
 */
import { z } from 'zod';
import type { StepId } from '../../profiles/types';
import { assignmentInput, defineAction, instantSchema, textSchema } from '../action-definition';
import { OWN_SPECIALIST, OWN_STAFF } from '../actors';
import type { RunContext } from '../draft';
import { emit, newDraft, patchAssignment } from '../draft';
import { refusal } from '../refusals';
import type { RefusalCode } from '../refusals';
import type { Deadline } from '../types';
import { scheduleProgressUpdate } from './overdue';

function openDeadline(c: RunContext, steps: readonly StepId[]): Deadline | undefined {
  return c.snapshot.deadlines.find(
    (d) => d.assignmentId === c.assignment?.id && steps.includes(d.step),
  );
}

export const recordTemporaryFix = defineAction({
  machine: 'assignment',
  name: 'record_temporary_fix',
  enabled: (profile) => profile.fastTracks.some((track) => track.temporaryFix),
  states: () => ['handling'],
  assignmentRoles: ['lead'],
  actors: () => [OWN_SPECIALIST],
  precondition: (c) => {
    const track = c.profile.fastTracks.find((t) => t.id === c.snapshot.track);
    if (!track?.temporaryFix) {
      return 'not_fast_track';
    }
    return c.assignment?.temporaryFixAt ? 'already_recorded' : null;
  },
  input: z.strictObject({ ...assignmentInput, note: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    patchAssignment(d, input.assignmentId, { temporaryFixAt: c.now });
    emit(c, d, 'assignment.temporary_fix_recorded', {
      assignmentId: input.assignmentId,
      payload: { note: input.note },
    });
    return d;
  },
});

export const forwardToBackOffice = defineAction({
  machine: 'assignment',
  name: 'forward_to_back_office',
  enabled: (profile) => profile.backOffice !== null,
  states: () => ['handling'],
  actors: () => [OWN_SPECIALIST],
  precondition: (c) => (c.assignment?.backOfficeAt ? 'already_recorded' : null),
  input: z.strictObject({
    ...assignmentInput,
    appointmentAt: instantSchema,
    note: textSchema.optional(),
  }),
  run: (c, input) => {
    if (input.appointmentAt.getTime() <= c.now.getTime()) {
      return refusal('instant_not_in_future', [{ path: 'appointmentAt', message: 'future' }]);
    }
    const d = newDraft(c);
    patchAssignment(d, input.assignmentId, {
      backOfficeAt: c.now,
      appointmentAt: input.appointmentAt,
    });
    emit(c, d, 'assignment.forwarded_to_back_office', {
      assignmentId: input.assignmentId,
      payload: {
        appointmentAt: input.appointmentAt.toISOString(),
        ...(input.note ? { note: input.note } : {}),
      },
    });
    return d;
  },
});

export const reappoint = defineAction({
  machine: 'assignment',
  name: 'reappoint',
  enabled: (profile) => profile.reappointment !== null,
  states: () => ['handling'],
  actors: () => [OWN_SPECIALIST],
  precondition: (c) => {
    if ((c.assignment?.reappointmentCount ?? 0) >= (c.profile.reappointment?.maxCount ?? 0)) {
      return 'reappointment_used';
    }
    return openDeadline(c, c.profile.reappointment?.steps ?? []) ? null : 'no_open_deadline';
  },
  input: z.strictObject({
    ...assignmentInput,
    newAppointmentAt: instantSchema,
    reason: textSchema,
  }),
  run: (c, input) => {
    const deadline = openDeadline(c, c.profile.reappointment?.steps ?? []);
    if (!deadline) {
      return refusal('no_open_deadline');
    }
    // Hòa Bình Điều 9.3 "hẹn lại": a later appointment than the one the reporter was given.
    if (input.newAppointmentAt.getTime() <= Math.max(c.now.getTime(), deadline.dueAt.getTime())) {
      return refusal('extension_not_later', [
        { path: 'newAppointmentAt', message: deadline.dueAt.toISOString() },
      ]);
    }
    const d = newDraft(c);
    const count = (c.assignment?.reappointmentCount ?? 0) + 1;
    patchAssignment(d, input.assignmentId, {
      reappointmentCount: count,
      appointmentAt: input.newAppointmentAt,
    });
    d.moves.push({ deadlineId: deadline.id, to: input.newAppointmentAt, reason: 'reappointment' });
    emit(c, d, 'assignment.reappointed', {
      assignmentId: input.assignmentId,
      payload: { newAppointmentAt: input.newAppointmentAt.toISOString(), reason: input.reason },
    });
    return d;
  },
});

const extendInput = z.strictObject({
  ...assignmentInput,
  committedDue: instantSchema,
  reason: textSchema,
  /** Sóc Trăng Điều 8.3: the written notice with the committed date. */
  noticeRef: textSchema.optional(),
  /** Khánh Hòa Phụ lục II Bước 3: complex case across fields or areas needing field visits. */
  complexCase: z.boolean().default(false),
});

/**
 * One extension (W10), of a running handling deadline, asked before it falls due: at the due
 * instant the deadline has already passed (W1), and an overdue mark closes the door for good.
 */
function extensionPrecondition(c: RunContext): RefusalCode | null {
  const rule = c.profile.extension;
  if ((c.assignment?.extensionCount ?? 0) >= (rule?.maxCount ?? 0)) {
    return 'extension_used';
  }
  const deadline = openDeadline(c, rule?.steps ?? []);
  if (!deadline) {
    return 'no_open_deadline';
  }
  const passed = deadline.overdueAt !== null || c.now.getTime() >= deadline.dueAt.getTime();
  return rule?.beforeDeadline && passed ? 'extension_too_late' : null;
}

export const extendDeadline = defineAction({
  machine: 'assignment',
  name: 'extend_deadline',
  enabled: (profile) => profile.extension !== null,
  states: () => ['handling', 'awaiting_approval'],
  assignmentRoles: ['lead'],
  actors: (profile) => [
    { kind: 'staff', roles: profile.extension?.roles ?? [], unit: 'own_agency' },
  ],
  precondition: extensionPrecondition,
  input: extendInput,
  run: (c, input) => {
    const rule = c.profile.extension;
    const a = c.assignment;
    if (!rule || !a) {
      return refusal('not_in_profile');
    }
    if (rule.requiresWrittenNotice && !input.noticeRef) {
      return refusal('written_notice_required', [{ path: 'noticeRef', message: 'required' }]);
    }
    if (rule.requiresComplexCase && !input.complexCase) {
      return refusal('complex_case_required', [{ path: 'complexCase', message: 'required' }]);
    }
    const deadline = openDeadline(c, rule.steps);
    if (!deadline) {
      return refusal('no_open_deadline');
    }
    if (input.committedDue.getTime() <= deadline.dueAt.getTime()) {
      return refusal('extension_not_later', [
        { path: 'committedDue', message: deadline.dueAt.toISOString() },
      ]);
    }
    const anchor =
      rule.cap?.from === 'assignment_accepted' ? (a.acceptedAt ?? a.receivedAt) : a.receivedAt;
    const cap = rule.cap ? c.calendarFor(deadline.unit).add(anchor, rule.cap.duration) : null;
    if (cap && input.committedDue.getTime() > cap.getTime()) {
      return refusal('extension_beyond_cap', [
        { path: 'committedDue', message: cap.toISOString() },
      ]);
    }
    const d = newDraft(c);
    patchAssignment(d, a.id, { extensionCount: a.extensionCount + 1 });
    d.moves.push({ deadlineId: deadline.id, to: input.committedDue, reason: 'extension' });
    emit(c, d, 'assignment.extended', {
      assignmentId: a.id,
      payload: {
        step: deadline.step,
        from: deadline.dueAt.toISOString(),
        to: input.committedDue.toISOString(),
        reason: input.reason,
        ...(input.noticeRef ? { noticeRef: input.noticeRef } : {}),
        article: rule.article,
      },
    });
    return d;
  },
});

export const postProgressUpdate = defineAction({
  machine: 'assignment',
  name: 'post_progress_update',
  enabled: (profile) => profile.progressUpdates !== null,
  states: () => ['handling', 'awaiting_approval'],
  actors: () => [OWN_STAFF],
  precondition: (c) => (openDeadline(c, ['progress_update']) ? null : 'progress_update_not_due'),
  input: z.strictObject({ ...assignmentInput, note: textSchema }),
  run: (c, input) => {
    const current = openDeadline(c, ['progress_update']);
    if (!current) {
      return refusal('progress_update_not_due');
    }
    const d = newDraft(c);
    emit(c, d, 'assignment.progress_updated', {
      assignmentId: input.assignmentId,
      payload: { note: input.note },
    });
    scheduleProgressUpdate(c, d, current);
    return d;
  },
});
