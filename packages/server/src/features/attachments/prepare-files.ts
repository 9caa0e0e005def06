/**
 * Turns received files into what is stored: each judged by its bytes, within its kind's cap,
 * photos re-encoded without metadata and given a thumbnail. Every bad file is reported at once,
 * each under its own path (`files.2`), so a form can mark all of them.
 */
import { AppError } from '../../infra/http/app-error';
import type { FieldError } from '../../infra/http/app-error';
import { detectUpload, processUpload } from './process-upload';
import type { ProcessedUpload } from './process-upload';
import type { IncomingFile } from './upload-form';

export type PreparedFile = ProcessedUpload & {
  path: string;
  originalName: string | null;
  receivedSha256: string;
};

type Failure = { path: string; error: AppError };

function purposeOf(file: IncomingFile) {
  return file.field === 'call_recording' ? 'call_recording' : 'attachment';
}

function asFailure(path: string, error: unknown): Failure {
  if (error instanceof AppError) {
    return { path, error };
  }
  throw error;
}

/** The field errors of failed files, each with its vi/en message. */
export function fileFieldErrors(failures: readonly Failure[]): FieldError[] {
  return failures.map(({ path, error }) => ({
    path,
    code: error.code === 'PAYLOAD_TOO_LARGE' ? 'file.too_large' : 'file.unsupported_type',
    message: error.userMessage ?? {
      vi: 'Tệp không hợp lệ.',
      en: 'The file is not valid.',
    },
  }));
}

/** One problem for all failed files; its status is the first failure's (415 or 413). */
export function filesRejected(failures: readonly Failure[]): AppError {
  const [first] = failures;
  return new AppError(
    first?.error.code ?? 'VALIDATION_FAILED',
    `${failures.length} file(s) refused`,
    {
      fields: fileFieldErrors(failures),
      ...(failures.length === 1 && first ? { userMessage: first.error.userMessage } : {}),
    },
  );
}

/** The cheap check (type by content, size cap) of every file, before any re-encoding. */
export async function checkFiles(files: readonly IncomingFile[]): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (const file of files) {
    try {
      await detectUpload(file.bytes, purposeOf(file));
    } catch (error) {
      failures.push(asFailure(file.path, error));
    }
  }
  return failures;
}

/**
 * Processes the files one after another (sharp is CPU- and memory-hungry; one photo at a time
 * keeps a request's footprint near its upload size). Throws one problem naming every bad file.
 */
export async function prepareFiles(files: readonly IncomingFile[]): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  const failures: Failure[] = [];
  for (const file of files) {
    try {
      const processed = await processUpload(file.bytes, purposeOf(file));
      prepared.push({
        ...processed,
        path: file.path,
        originalName: file.filename,
        receivedSha256: file.receivedSha256,
      });
    } catch (error) {
      failures.push(asFailure(file.path, error));
    }
  }
  if (failures.length > 0) {
    throw filesRejected(failures);
  }
  return prepared;
}
