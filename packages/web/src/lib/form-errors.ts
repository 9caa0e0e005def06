import type { LocalisedText } from '../i18n/translate';
import { isApiError } from './api-client';

/** The server's field errors of a failed call, by form field name (`newPassword`). */
export function serverFieldErrors(error: unknown): Record<string, LocalisedText> {
  const result: Record<string, LocalisedText> = {};
  if (isApiError(error)) {
    for (const fieldError of error.fieldErrors) {
      result[fieldError.field] ??= fieldError.message;
    }
  }
  return result;
}

/**
 * The message of a failed call that belongs to no field, in the current language: the problem's
 * own, unless its field errors say it all (they are listed in the error summary instead).
 */
export function generalProblemMessage(
  error: unknown,
  pick: (text: LocalisedText) => string,
  fallback: string,
): string | null {
  if (!error) {
    return null;
  }
  if (!isApiError(error)) {
    return fallback;
  }
  return error.fieldErrors.length > 0 ? null : pick(error.userMessage);
}

/** Whole minutes (at least one) until the server lets the user try again, if it said. */
export function retryAfterMinutes(error: unknown): number | null {
  if (!isApiError(error) || error.retryAfterSeconds === null) {
    return null;
  }
  if (error.code !== 'ACCOUNT_LOCKED' && error.code !== 'RATE_LIMITED') {
    return null;
  }
  return Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
}
