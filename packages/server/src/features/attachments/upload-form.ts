/**
 * multipart/form-data for the routes that take files: the parser with its limits, and a reader
 * that turns a request into text fields and file buffers, each file named by the path problem
 * documents use (`files.0`, `files.1` …, `call_recording`). What the bytes are is decided later,
 * by their content (process-upload.ts); here only counts and sizes are enforced, while reading.
 */
import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, validationFailed } from '../../infra/http/app-error';
import { UPLOAD_LIMITS } from './attachment-rules';
import { MAX_UPLOAD_BYTES, tooLarge } from './process-upload';

export type FileField = 'files' | 'call_recording';

export type IncomingFile = {
  /** Where the file sits in the form, as problem documents name it: `files.2`, `call_recording`. */
  path: string;
  field: FileField;
  /** The client's file name, for staff only; never trusted for the type. */
  filename: string | null;
  bytes: Buffer;
  /** sha256 of the bytes as received (the Idempotency-Key fingerprint covers the files). */
  receivedSha256: string;
};

export type UploadForm = { fields: Record<string, string>; files: IncomingFile[] };

export type UploadFormSpec = {
  /** Text parts the route reads (e.g. `report`, `phone`); any other part is refused. */
  textFields: readonly string[];
  maxFiles: number;
  allowCallRecording: boolean;
};

/** Registers the multipart parser in the calling plugin (it is scoped to that plugin's routes). */
export async function acceptMultipart(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: MAX_UPLOAD_BYTES,
      // One more than any route takes, so the reader (not the parser) names the excess.
      files: UPLOAD_LIMITS.filesPerSubmission + 2,
      fields: 10,
      parts: UPLOAD_LIMITS.filesPerSubmission + 12,
      fieldSize: UPLOAD_LIMITS.fieldBytes,
      headerPairs: 100,
    },
  });
}

const text = (vi: string, en: string) => ({ vi, en });

/** The client's base name without control characters, or null (it is shown to staff only). */
export function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const printable = [...base]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '_' : c))
    .join('')
    .trim()
    .slice(0, 200);
  return printable === '' ? null : printable;
}

function fieldProblem(path: string, code: string, message: { vi: string; en: string }) {
  return validationFailed([{ path, code, message }]);
}

function tooMany(max: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `more than ${max} files`, {
    fields: [
      {
        path: 'files',
        code: 'files.too_many',
        message: text(`Gửi tối đa ${max} tệp mỗi lần.`, `Send at most ${max} files at a time.`),
      },
    ],
  });
}

function withPath(error: AppError, path: string, code: string): AppError {
  const message = error.userMessage ?? text('Tệp không hợp lệ.', 'The file is not valid.');
  return new AppError(error.code, error.message, {
    fields: [{ path, code, message }],
    userMessage: error.userMessage,
    extra: error.extra,
  });
}

async function readFilePart(part: MultipartFile, path: string, budget: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    size += (chunk as Buffer).length;
    if (size > budget) {
      const mb = Math.round(UPLOAD_LIMITS.totalBytes / 1024 / 1024);
      throw new AppError('PAYLOAD_TOO_LARGE', `request files exceed ${budget} bytes`, {
        fields: [
          {
            path,
            code: 'files.total_too_large',
            message: text(
              `Tổng dung lượng các tệp vượt quá ${mb} MB.`,
              `The files together are larger than ${mb} MB.`,
            ),
          },
        ],
      });
    }
    chunks.push(chunk as Buffer);
  }
  if (part.file.truncated) {
    throw withPath(
      tooLarge(MAX_UPLOAD_BYTES, 'file over the parser limit'),
      path,
      'file.too_large',
    );
  }
  return Buffer.concat(chunks);
}

/** The parser's own errors, named after the part being read when they struck. */
function translate(error: unknown, path: string | null): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return withPath(
      tooLarge(MAX_UPLOAD_BYTES, 'file over the parser limit'),
      path ?? 'files',
      'file.too_large',
    );
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return tooMany(UPLOAD_LIMITS.filesPerSubmission);
  }
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') {
    return fieldProblem(
      'report',
      'report.invalid_json',
      text('Nội dung không phải JSON hợp lệ.', 'This is not valid JSON.'),
    );
  }
  if (error instanceof AppError) {
    return error;
  }
  return new AppError('BAD_REQUEST', `malformed multipart body: ${(error as Error).message}`, {
    cause: error,
  });
}

function textOf(part: Multipart & { type: 'field' }): string {
  return typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
}

/**
 * Reads the whole form. Text parts not in `spec.textFields` and file parts other than `files`
 * (and `call_recording` where allowed) are refused rather than silently dropped.
 */
export async function readUploadForm(
  request: FastifyRequest,
  spec: UploadFormSpec,
): Promise<UploadForm> {
  const fields: Record<string, string> = {};
  const files: IncomingFile[] = [];
  let budget = UPLOAD_LIMITS.totalBytes;
  let current: string | null = null;
  try {
    for await (const part of request.parts()) {
      const name = part.fieldname;
      if (spec.textFields.includes(name)) {
        current = name;
        // A client may send the JSON as a Blob (a file part); it is text all the same.
        fields[name] =
          part.type === 'field'
            ? textOf(part)
            : (await readFilePart(part, name, UPLOAD_LIMITS.fieldBytes)).toString('utf8');
        if (part.type === 'field' && part.valueTruncated) {
          throw fieldProblem(
            name,
            'field.too_large',
            text('Nội dung quá dài.', 'This is too long.'),
          );
        }
        continue;
      }
      const isFile = part.type === 'file';
      const field: FileField | null =
        isFile && name === 'files'
          ? 'files'
          : isFile && name === 'call_recording' && spec.allowCallRecording
            ? 'call_recording'
            : null;
      if (!field || part.type !== 'file') {
        throw fieldProblem(
          name,
          'field.unexpected',
          text('Trường này không được nhận ở đây.', 'This field is not accepted here.'),
        );
      }
      const count = files.filter((f) => f.field === field).length;
      if (field === 'files' && count >= spec.maxFiles) {
        throw tooMany(spec.maxFiles);
      }
      if (field === 'call_recording' && count >= 1) {
        throw fieldProblem(
          'call_recording',
          'call_recording.too_many',
          text('Chỉ gửi một tệp ghi âm cuộc gọi.', 'Send one call recording only.'),
        );
      }
      const path = field === 'files' ? `files.${count}` : 'call_recording';
      current = path;
      const bytes = await readFilePart(part, path, budget);
      budget -= bytes.length;
      files.push({
        path,
        field,
        filename: cleanFileName(part.filename),
        bytes,
        receivedSha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  } catch (error) {
    throw translate(error, current);
  }
  return { fields, files };
}

/** A JSON text part (the `report` of a submission), parsed; missing or malformed is a field error. */
export function jsonField(form: UploadForm, name: string): unknown {
  const raw = form.fields[name];
  if (raw === undefined || raw.trim() === '') {
    throw fieldProblem(
      name,
      'required',
      text('Trường này là bắt buộc.', 'This field is required.'),
    );
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw fieldProblem(
      name,
      `${name}.invalid_json`,
      text('Nội dung không phải JSON hợp lệ.', 'This is not valid JSON.'),
    );
  }
}

/**
 * A report submission as sent: JSON (no files), or multipart with the report as JSON in a
 * `report` part and the files in `files` parts (and an operator's `call_recording`).
 */
export async function readSubmission(
  request: FastifyRequest,
  options: { allowCallRecording: boolean },
): Promise<{ body: unknown; files: IncomingFile[] }> {
  if (!request.isMultipart()) {
    return { body: request.body, files: [] };
  }
  const form = await readUploadForm(request, {
    textFields: ['report'],
    maxFiles: UPLOAD_LIMITS.filesPerSubmission,
    allowCallRecording: options.allowCallRecording,
  });
  return { body: jsonField(form, 'report'), files: form.files };
}
