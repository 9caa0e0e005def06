/**
 * The lifecycle engine's snapshot as stored in `reports.engine` (jsonb): the same shape with
 * instants as ISO strings. Decoding names every instant field, so a snapshot never comes back
 * with a string where the engine expects a Date.
 */
import type { AssignmentSnapshot, Deadline, ReportSnapshot } from '@paht/domain';

type Stored = Record<string, unknown>;

const date = (value: unknown): Date => new Date(value as string);
const maybeDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string);

export function encodeSnapshot(snapshot: ReportSnapshot): Stored {
  return JSON.parse(JSON.stringify(snapshot)) as Stored;
}

function decodeAssignment(raw: Stored): AssignmentSnapshot {
  return {
    ...(raw as unknown as AssignmentSnapshot),
    receivedAt: date(raw.receivedAt),
    acceptedAt: maybeDate(raw.acceptedAt),
    temporaryFixAt: maybeDate(raw.temporaryFixAt),
    backOfficeAt: maybeDate(raw.backOfficeAt),
    appointmentAt: maybeDate(raw.appointmentAt),
  };
}

function decodeDeadline(raw: Stored): Deadline {
  return {
    ...(raw as unknown as Deadline),
    startedAt: date(raw.startedAt),
    dueAt: date(raw.dueAt),
    overdueAt: maybeDate(raw.overdueAt),
  };
}

export function decodeSnapshot(stored: Stored): ReportSnapshot {
  const raw = stored as Stored & {
    escalation: Stored | null;
    followUp: Stored | null;
    rating: Stored | null;
    assignments: Stored[];
    deadlines: Stored[];
  };
  return {
    ...(raw as unknown as ReportSnapshot),
    receivedAt: date(raw.receivedAt),
    escalation: raw.escalation
      ? {
          ...(raw.escalation as ReportSnapshot['escalation'] & object),
          at: date(raw.escalation.at),
        }
      : null,
    followUp: raw.followUp
      ? {
          ...(raw.followUp as ReportSnapshot['followUp'] & object),
          askedAt: date(raw.followUp.askedAt),
        }
      : null,
    rating: raw.rating
      ? {
          ...(raw.rating as ReportSnapshot['rating'] & object),
          firstRatedAt: date(raw.rating.firstRatedAt),
          ratedAt: date(raw.rating.ratedAt),
        }
      : null,
    assignments: raw.assignments.map(decodeAssignment),
    deadlines: raw.deadlines.map(decodeDeadline),
  };
}
