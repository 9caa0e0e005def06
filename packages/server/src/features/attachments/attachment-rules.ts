/**
 * The rules of attachments in one place: how many, how large, who sees which, and when a reporter
 * may still add some. docs/workflow/attachments.md explains each choice.
 */
import type { ReportState } from '@paht/domain';
import type { AttachmentKind } from './process-upload';

const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** Files in one submission (`files` parts), besides an operator's one call recording. */
  filesPerSubmission: 10,
  /** Files a reporter adds in one request while supplementing. */
  filesPerSupplement: 5,
  /** All attachments of one report, whoever added them. */
  attachmentsPerReport: 30,
  /** Every file of one request together: bounds what one request holds in memory. */
  totalBytes: 150 * MB,
  /** The `report` JSON part (a 10,000-character content is ~30 kB of UTF-8). */
  fieldBytes: 256 * 1024,
} as const;

/**
 * Only photos reach the public: they alone are re-encoded without metadata. Video, audio and
 * documents are stored as received and may carry a position, a voice or a scanned identity card;
 * they are for staff and the reporter. A call recording is never public.
 */
export function isPublicKind(kind: AttachmentKind): boolean {
  return kind === 'photo';
}

/**
 * When a reporter may add files by tracking code + phone: while the case is still being examined
 * and nothing has been answered, and while a follow-up question of theirs is open. Not once an
 * answer is written and waits for approval or publication (it would not be read), not after the
 * answer (a new matter is a new report), and never on a rejected or referred report.
 */
export const REPORTER_UPLOAD_STATES: ReadonlySet<ReportState> = new Set<ReportState>([
  'submitted',
  'awaiting_information',
  'intake_accepted',
  'awaiting_lead_designation',
  'in_progress',
  'returned_to_intake',
  'follow_up_open',
]);
