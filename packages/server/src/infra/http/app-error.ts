/**
 * The one error type of the server. A use case throws it with a code from this closed set; the
 * HTTP error handler turns it into application/problem+json (RFC 9457) with Vietnamese and
 * English messages from the catalogue (`problem-messages.ts`).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type LocalisedText = { vi: string; en: string };

/** One field at fault: its path in the request (e.g. `body.reporter.phone`) and why. */
export type FieldError = { path: string; code: string; message: LocalisedText };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  /** Overrides the catalogue message for this one error (e.g. a lifecycle refusal's own text). */
  readonly userMessage: LocalisedText | undefined;
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      fields?: FieldError[];
      userMessage?: LocalisedText;
      extra?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.userMessage = options.userMessage;
    this.extra = options.extra ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Access denied and absent look the same from outside (HOUSE_STYLE "Layering" 5). */
export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

export function validationFailed(fields: FieldError[], message = 'Validation failed'): AppError {
  return new AppError('VALIDATION_FAILED', message, { fields });
}
