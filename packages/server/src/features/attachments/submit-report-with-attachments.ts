/**
 * A submission with files (issue 4 item 1): the citizen's photos, video, audio and documents, or
 * an operator's hotline call recording, stored with the report or not at all. Order matters:
 * 1. a retry under a known Idempotency-Key goes straight to the replay (no file is read twice);
 * 2. the report's fields and every file's type and size are checked together, so one problem
 *    document lists every mistake before any photo is re-encoded;
 * 3. files are processed and written to storage outside any transaction;
 * 4. submitReport writes the report, and its `withinTransaction` hook the attachment rows, in one
 *    transaction; if it does not commit (or a racing retry won), the written files are removed.
 */
import { submitReportSchema } from '@paht/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../infra/db/schema';
import type { Actor } from '../../infra/http/actor';
import { validationFailed } from '../../infra/http/app-error';
import type { FieldError } from '../../infra/http/app-error';
import { zodFieldErrors } from '../../infra/http/problem';
import type { Storage } from '../../infra/storage/storage';
import { tenantProfile } from '../reports/engine-context';
import { submissionOptions, submitReport } from '../reports/submit-report';
import type { SubmitReportCommand, SubmitResult } from '../reports/submit-report';
import { putFiles, removeFiles } from './attachment-storage';
import type { StoredFile } from './attachment-storage';
import { hasReportWithIdempotencyKey, insertAttachments } from './attachments.queries';
import type { Uploader } from './attachments.queries';
import { checkFiles, fileFieldErrors, filesRejected, prepareFiles } from './prepare-files';
import type { IncomingFile } from './upload-form';

export type AttachmentEnv = { db: Kysely<DB>; now: () => Date; storage: Storage };

export type SubmitWithFilesCommand = Omit<SubmitReportCommand, 'withinTransaction'> & {
  files: readonly IncomingFile[];
};

export function uploaderOf(actor: Actor): Uploader {
  if (actor.kind === 'user') {
    return { kind: 'staff', userId: actor.userId };
  }
  if (actor.kind === 'api_key') {
    return { kind: 'integration', userId: null };
  }
  return { kind: 'reporter', userId: null };
}

/**
 * The body the Idempotency-Key fingerprint is taken of: the report plus each file's digest, so a
 * retry with other files is a different submission (409), not a replay. The shared schema drops
 * the extra key (zod objects strip unknown keys), so validation sees only the report.
 */
function fingerprinted(body: unknown, files: readonly IncomingFile[]): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return body;
  }
  return { ...body, attachments: files.map((f) => `${f.path}:${f.receivedSha256}`) };
}

/** The shared schema's verdict on the report fields, and the channel it names. */
async function reportFieldErrors(
  db: Kysely<DB>,
  now: () => Date,
  command: SubmitWithFilesCommand,
): Promise<{ errors: FieldError[]; channel: string | null }> {
  const profile = await tenantProfile(db, command.tenant);
  const mode = command.actor.kind === 'anonymous' ? 'public' : 'operator';
  const parsed = submitReportSchema(
    profile.reporter,
    submissionOptions(profile, mode, now),
  ).safeParse(command.body);
  if (parsed.success) {
    return { errors: [], channel: parsed.data.channel };
  }
  return {
    errors: zodFieldErrors(
      parsed.error.issues as unknown as Parameters<typeof zodFieldErrors>[0],
      'body',
    ),
    channel: null,
  };
}

function callRecordingErrors(files: readonly IncomingFile[], channel: string | null): FieldError[] {
  const hasRecording = files.some((f) => f.field === 'call_recording');
  if (!hasRecording || channel === null || channel === 'hotline') {
    return [];
  }
  return [
    {
      path: 'call_recording',
      code: 'call_recording.requires_hotline',
      message: {
        vi: 'Chỉ đính kèm ghi âm cuộc gọi cho phản ánh nhận qua đường dây nóng.',
        en: 'A call recording belongs only to a report received by hotline.',
      },
    },
  ];
}

async function validate(env: AttachmentEnv, command: SubmitWithFilesCommand): Promise<void> {
  const [report, failures] = await Promise.all([
    reportFieldErrors(env.db, env.now, command),
    checkFiles(command.files),
  ]);
  const fields = [...report.errors, ...callRecordingErrors(command.files, report.channel)];
  if (fields.length === 0 && failures.length > 0) {
    throw filesRejected(failures);
  }
  if (fields.length > 0) {
    throw validationFailed([...fields, ...fileFieldErrors(failures)]);
  }
}

/** submitReport with the command's files stored alongside, atomically. */
export async function submitReportWithAttachments(
  env: AttachmentEnv,
  command: SubmitWithFilesCommand,
): Promise<SubmitResult> {
  const { files, ...rest } = command;
  const body = fingerprinted(command.body, files);
  if (files.length === 0) {
    return submitReport(env.db, env.now, rest);
  }
  const key = command.idempotencyKey;
  if (key && (await hasReportWithIdempotencyKey(env.db, command.tenant.id, key))) {
    return submitReport(env.db, env.now, { ...rest, body });
  }
  await validate(env, command);
  const prepared = await prepareFiles(files);
  const stored: StoredFile[] = await putFiles(env.storage, command.tenant.id, prepared);
  let result: SubmitResult;
  try {
    result = await submitReport(env.db, env.now, {
      ...rest,
      body,
      withinTransaction: async (tx, report) => {
        await insertAttachments(tx, report, uploaderOf(command.actor), stored);
      },
    });
  } catch (error) {
    await removeFiles(env.storage, stored);
    throw error;
  }
  if (result.replayed) {
    // A retry with the same key committed first: its files are the report's, not these.
    await removeFiles(env.storage, stored);
  }
  return result;
}
