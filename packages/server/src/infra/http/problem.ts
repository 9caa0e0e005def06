import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { VALIDATION_MESSAGES } from '@paht/domain';
import { AppError, ERROR_STATUS, isAppError } from './app-error';
import type { ErrorCode, FieldError, LocalisedText } from './app-error';
import { PROBLEM_MESSAGES, problemType } from './problem-messages';

const vi = z.locales.vi();
const en = z.locales.en();

type ZodIssueLike = Parameters<typeof en.localeError>[0] & { message?: string };

/**
 * A field message: a schema may name a catalogue key as its message (the domain's shared schemas
 * do, e.g. `reporter.phone.invalid`); otherwise zod's own Vietnamese and English messages.
 */
function pickMessage(result: ReturnType<typeof en.localeError>): string {
  return typeof result === 'string' ? result : (result?.message ?? '');
}

export function issueMessage(issue: ZodIssueLike): LocalisedText {
  const key = issue.message;
  if (key && key in VALIDATION_MESSAGES) {
    const text = VALIDATION_MESSAGES[key];
    if (text) {
      return text;
    }
  }
  // A missing value is "required", not zod's "expected string, received undefined".
  if (issue.code === 'invalid_type' && / undefined$/.test(pickMessage(en.localeError(issue)))) {
    return (
      VALIDATION_MESSAGES.required ?? {
        vi: 'Trường này là bắt buộc.',
        en: 'This field is required.',
      }
    );
  }
  return {
    vi: pickMessage(vi.localeError(issue)) || 'Giá trị không hợp lệ',
    en: pickMessage(en.localeError(issue)) || 'Invalid value',
  };
}

export function zodFieldErrors(
  issues: readonly (ZodIssueLike & { path?: readonly PropertyKey[] })[],
  prefix: string,
): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...(issue.path ?? []).map(String)].filter(Boolean).join('.'),
    code: issue.code ?? 'invalid',
    message: issueMessage(issue),
  }));
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Constraint violations that slipped past a use case's own checks still answer clearly:
 * a unique violation is a 409, a foreign-key or check violation a 400.
 */
function fromDatabaseError(error: Error): AppError | null {
  const code = (error as { code?: unknown }).code;
  const constraint = String((error as { constraint?: unknown }).constraint ?? '');
  if (code === '23505') {
    return new AppError('CONFLICT', `unique violation ${constraint}`, { extra: { constraint } });
  }
  if (code === '23503' || code === '23514' || code === '22P02') {
    return new AppError('VALIDATION_FAILED', `constraint violation ${constraint}`, {
      extra: { constraint },
    });
  }
  return null;
}

function toAppError(error: FastifyError | Error): AppError {
  if (isAppError(error)) {
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = (error as FastifyError).validationContext ?? 'body';
    // The provider flattens each zod issue into { keyword, instancePath, message, params }.
    const issues = error.validation.map(
      (v) =>
        ({
          ...(v.params as Record<string, unknown>),
          code: v.keyword,
          message: v.message,
          path: v.instancePath.split('/').filter(Boolean),
        }) as unknown as ZodIssueLike & { path: string[] },
    );
    return new AppError('VALIDATION_FAILED', error.message, {
      fields: zodFieldErrors(issues, prefix),
    });
  }
  const databaseError = fromDatabaseError(error);
  if (databaseError) {
    return databaseError;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code && FASTIFY_CODES[fastifyError.code]) {
    return new AppError(FASTIFY_CODES[fastifyError.code] ?? 'BAD_REQUEST', error.message);
  }
  if (fastifyError.statusCode === 429) {
    return new AppError('RATE_LIMITED', error.message);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError(
      fastifyError.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
      error.message,
    );
  }
  return new AppError('INTERNAL', error.message, { cause: error });
}

export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  message: LocalisedText;
  errors?: FieldError[];
  requestId: string;
  [key: string]: unknown;
};

export function problemDocument(error: AppError, request: FastifyRequest): ProblemDocument {
  const catalogue = PROBLEM_MESSAGES[error.code];
  const message = error.userMessage ?? { vi: catalogue.vi, en: catalogue.en };
  const language = request.headers['accept-language']?.toLowerCase().startsWith('en') ? 'en' : 'vi';
  return {
    type: problemType(error.code),
    title: catalogue.title,
    status: ERROR_STATUS[error.code],
    detail: message[language],
    instance: request.originalUrl,
    code: error.code,
    message,
    ...(error.fields.length > 0 ? { errors: error.fields } : {}),
    ...error.extra,
    requestId: String(request.id),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  return reply
    .status(error.status)
    .type('application/problem+json; charset=utf-8')
    .send(problemDocument(error, reply.request));
}

/** The one error handler: known errors become problems; unknown ones a logged, generic 500. */
export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL') {
    request.log.error({ err: error }, 'unhandled error');
  } else if (appError.status >= 500) {
    request.log.warn({ err: error }, appError.message);
  }
  return sendProblem(reply, appError);
}
