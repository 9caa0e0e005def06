import { localised } from '../i18n/translate';
import type { LocalisedText } from '../i18n/translate';
import { DecodeError, isRecord } from './decode';
import type { Decoder } from './decode';

/** One field at fault, as the server names it (`body.newPassword`) and as a form names it. */
export type FieldError = {
  /** The server's path, e.g. `body.reporter.phone`. */
  path: string;
  /** The path without its request part (`body.`, `query.`, `params.`): `reporter.phone`. */
  field: string;
  code: string;
  message: LocalisedText;
};

/** Codes the client itself produces when no problem document came back. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE' | 'HTTP_ERROR';

/**
 * A failed API call: the server's problem+json (RFC 9457) with its Vietnamese and English
 * message and field errors, or a client-side failure described in the same terms.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The server's stable code (`INVALID_CREDENTIALS`, `ACCOUNT_LOCKED` …) or a ClientErrorCode. */
  readonly code: string;
  readonly userMessage: LocalisedText;
  readonly fieldErrors: readonly FieldError[];
  readonly requestId: string | null;
  /** From the problem (`retryAfterSeconds`) or a Retry-After header, when the server gave one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    userMessage: LocalisedText;
    fieldErrors?: readonly FieldError[];
    requestId?: string | null;
    retryAfterSeconds?: number | null;
    detail?: string;
  }) {
    super(init.detail ?? `${init.code} (${init.status})`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.userMessage = init.userMessage;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The report changed since the user loaded it (409 `VERSION_CONFLICT`): reload, then retry. */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'VERSION_CONFLICT';
}

function localisedText(value: unknown): LocalisedText | null {
  if (isRecord(value) && typeof value.vi === 'string' && typeof value.en === 'string') {
    return { vi: value.vi, en: value.en };
  }
  return null;
}

function fallbackMessage(status: number): LocalisedText {
  if (status === 401) {
    return localised('error.unauthenticated');
  }
  if (status === 403) {
    return localised('error.forbidden');
  }
  if (status === 404) {
    return localised('error.notFound');
  }
  if (status === 429) {
    return localised('error.rateLimited');
  }
  return localised('error.server');
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown): FieldError[] => {
    if (!isRecord(item) || typeof item.path !== 'string') {
      return [];
    }
    return [
      {
        path: item.path,
        field: item.path.replace(/^(body|query|params|headers)\.?/, ''),
        code: typeof item.code === 'string' ? item.code : 'invalid',
        message: localisedText(item.message) ?? localised('error.server'),
      },
    ];
  });
}

function retryAfterOf(problem: Record<string, unknown>, header: string | null): number | null {
  if (typeof problem.retryAfterSeconds === 'number' && problem.retryAfterSeconds >= 0) {
    return problem.retryAfterSeconds;
  }
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * Turns a failed response's status, parsed body and headers into an ApiError. Anything that is
 * not a problem document (a proxy's HTML error page, an empty body) still gives a message in
 * both languages, chosen by status.
 */
export function parseProblem(status: number, body: unknown, headers?: Headers): ApiError {
  const retryHeader = headers?.get('retry-after') ?? null;
  if (!isRecord(body)) {
    return new ApiError({
      status,
      code: 'HTTP_ERROR',
      userMessage: fallbackMessage(status),
      retryAfterSeconds: retryAfterOf({}, retryHeader),
    });
  }
  return new ApiError({
    status,
    code: typeof body.code === 'string' ? body.code : 'HTTP_ERROR',
    userMessage: localisedText(body.message) ?? fallbackMessage(status),
    fieldErrors: fieldErrorsOf(body.errors),
    requestId: typeof body.requestId === 'string' ? body.requestId : null,
    retryAfterSeconds: retryAfterOf(body, retryHeader),
    detail: typeof body.detail === 'string' ? body.detail : undefined,
  });
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions<T> = {
  method?: HttpMethod;
  body?: unknown;
  decode: Decoder<T>;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key` on a report submission). */
  headers?: Record<string, string>;
};

export type ApiClient = {
  /** `path` starts with `/api/`; a tenant client prefixes it with `/t/{code}`. */
  request: <T>(path: string, options: RequestOptions<T>) => Promise<T>;
};

export type ApiClientOptions = {
  /** The tenant whose API to call; omitted for the few deployment-wide calls (`/api/tenants`). */
  tenantCode?: string;
  /** The session's CSRF token, sent on every write (the server refuses cookie writes without). */
  getCsrfToken?: () => string | null | undefined;
  fetch?: typeof fetch;
};

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) {
    return undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) {
    return undefined;
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const prefix = options.tenantCode ? `/t/${encodeURIComponent(options.tenantCode)}` : '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  return {
    request: async <T>(path: string, request: RequestOptions<T>): Promise<T> => {
      const method = request.method ?? 'GET';
      const headers: Record<string, string> = {
        ...request.headers,
        accept: 'application/json',
      };
      if (request.body !== undefined) {
        headers['content-type'] = 'application/json';
      }
      const csrfToken = method === 'GET' ? null : options.getCsrfToken?.();
      if (csrfToken) {
        headers['x-csrf-token'] = csrfToken;
      }
      let response: Response;
      try {
        response = await doFetch(`${prefix}${path}`, {
          method,
          headers,
          credentials: 'same-origin',
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: request.signal,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') {
          throw error;
        }
        throw new ApiError({
          status: 0,
          code: 'NETWORK_ERROR',
          userMessage: localised('error.network'),
        });
      }
      const body = await readBody(response);
      if (!response.ok) {
        throw parseProblem(response.status, body, response.headers);
      }
      try {
        return request.decode(body);
      } catch (error) {
        if (error instanceof DecodeError) {
          throw new ApiError({
            status: response.status,
            code: 'BAD_RESPONSE',
            userMessage: localised('error.unexpected'),
            requestId: response.headers.get('x-request-id'),
            detail: error.message,
          });
        }
        throw error;
      }
    },
  };
}
