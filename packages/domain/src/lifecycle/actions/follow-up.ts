/**
 * After the answer (DOMAIN.md lifecycle step 7): the reporter asks for clarification and the
 * agency answers (Khánh Hòa Điều 11, Sóc Trăng Điều 10 — within 2 wd); in Vĩnh Long the intake
 * center watches follow-ups and forwards them (Điều 11.3). The reporter rates the answer once and
 * may change the rating within the profile's window.
 */
import { z } from 'zod';
import { defineAction, textSchema } from '../action-definition';
import { INTAKE_OPERATOR, LEAD_STAFF, REPORTER } from '../actors';
import { emit, moveReport, newDraft, patchReport } from '../draft';
import { refusal } from '../refusals';
import type { RunContext } from '../draft';
import type { RefusalCode } from '../refusals';

function answerVisible(c: RunContext): RefusalCode | null {
  return c.snapshot.publication === 'withheld' ? 'state_secret' : null;
}

/** A rating may be changed within the profile's window from the first rating (no window: never). */
function ratingWindow(c: RunContext): RefusalCode | null {
  const previous = c.snapshot.rating;
  if (!previous) {
    return null;
  }
  const window = c.profile.rating?.changeWindow;
  const calendar = c.calendarFor({ kind: 'intake_center', unitId: c.snapshot.intakeCenterId });
  const closes = window ? calendar.add(previous.firstRatedAt, window) : null;
  return closes && c.now.getTime() <= closes.getTime() ? null : 'rating_window_closed';
}

export const askFollowUp = defineAction({
  machine: 'report',
  name: 'ask_follow_up',
  enabled: (profile) => profile.followUp !== null,
  states: () => ['answered'],
  actors: () => [REPORTER],
  precondition: answerVisible,
  input: z.strictObject({ question: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    const status =
      c.profile.followUp?.via === 'intake_center' ? 'awaiting_forward' : 'awaiting_answer';
    patchReport(d, {
      followUp: { status, askedAt: c.now },
      followUpCount: c.snapshot.followUpCount + 1,
    });
    moveReport(c, d, 'follow_up_open', 'follow_up.asked', {
      payload: { question: input.question, number: c.snapshot.followUpCount + 1 },
    });
    return d;
  },
});

export const forwardFollowUp = defineAction({
  machine: 'report',
  name: 'forward_follow_up',
  enabled: (profile) => profile.followUp?.via === 'intake_center',
  states: () => ['follow_up_open'],
  actors: () => [INTAKE_OPERATOR],
  precondition: (c) =>
    c.snapshot.followUp?.status === 'awaiting_forward' ? null : 'follow_up_wrong_stage',
  input: z.strictObject({ note: textSchema.optional() }),
  run: (c, input) => {
    const d = newDraft(c);
    const askedAt = c.snapshot.followUp?.askedAt ?? c.now;
    patchReport(d, { followUp: { status: 'awaiting_answer', askedAt } });
    emit(c, d, 'follow_up.forwarded', { payload: input.note ? { note: input.note } : {} });
    return d;
  },
});

export const answerFollowUp = defineAction({
  machine: 'report',
  name: 'answer_follow_up',
  enabled: (profile) => profile.followUp !== null,
  states: () => ['follow_up_open'],
  actors: () => [LEAD_STAFF],
  precondition: (c) =>
    c.snapshot.followUp?.status === 'awaiting_answer' ? null : 'follow_up_wrong_stage',
  input: z.strictObject({ answer: textSchema }),
  run: (c, input) => {
    const d = newDraft(c);
    patchReport(d, { followUp: null });
    moveReport(c, d, 'answered', 'follow_up.answered', { payload: { answer: input.answer } });
    return d;
  },
});

export const rate = defineAction({
  machine: 'report',
  name: 'rate',
  enabled: (profile) => profile.rating !== null,
  states: () => ['answered', 'follow_up_open'],
  actors: () => [REPORTER],
  precondition: (c) => answerVisible(c) ?? ratingWindow(c),
  input: z.strictObject({
    level: z.enum(['very_satisfied', 'satisfied', 'acceptable', 'dissatisfied']),
  }),
  run: (c, input) => {
    if (!c.profile.rating?.scale.some((option) => option.level === input.level)) {
      return refusal('rating_level_not_in_scale', [{ path: 'level', message: input.level }]);
    }
    const previous = c.snapshot.rating;
    const d = newDraft(c);
    const firstRatedAt = previous?.firstRatedAt ?? c.now;
    patchReport(d, { rating: { level: input.level, firstRatedAt, ratedAt: c.now } });
    emit(c, d, previous ? 'rating.changed' : 'rating.given', {
      payload: previous ? { level: input.level, previous: previous.level } : { level: input.level },
    });
    return d;
  },
});
