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

export type FormProblems<F extends string> = {
  /** The message shown beside `field`: the client's own check first, else the server's. */
  fieldError: (field: F) => string | null;
  /** One link per field at fault, in the form's order, for the error summary. */
  summaryItems: { fieldId: string; message: string }[];
  /** The server's field errors that belong to no field of this form, in words. */
  otherMessages: string[];
};

/**
 * What is wrong with a form, once: the client's checks (already in words) and the server's field
 * errors, mapped to the form's fields by `fieldOf` (e.g. `input.reason` → `reason`). A server
 * error for a field the form does not show is kept apart, so it is still said, never dropped.
 */
export function formProblems<F extends string>({
  fields,
  ids,
  client,
  error,
  pick,
  fieldOf = (path) => path,
  labels = {},
}: {
  fields: readonly F[];
  ids: Record<F, string>;
  client: Partial<Record<F, string>>;
  error: unknown;
  pick: (text: LocalisedText) => string;
  fieldOf?: (serverField: string) => string;
  /**
   * Field names for the summary, where a message alone ("Trường này là bắt buộc.") would not
   * say which field it is about: the summary then reads "Tiêu đề: Trường này là bắt buộc."
   */
  labels?: Partial<Record<F, string>>;
}): FormProblems<F> {
  const server: Partial<Record<F, string>> = {};
  const otherMessages: string[] = [];
  if (isApiError(error)) {
    for (const fieldError of error.fieldErrors) {
      const name = fieldOf(fieldError.field);
      const field = fields.find((candidate) => candidate === name);
      if (field) {
        server[field] ??= pick(fieldError.message);
      } else {
        otherMessages.push(pick(fieldError.message));
      }
    }
  }
  const fieldError = (field: F): string | null => client[field] ?? server[field] ?? null;
  const summaryItems = fields.flatMap((field) => {
    const message = fieldError(field);
    const label = labels[field];
    return message
      ? [{ fieldId: ids[field], message: label ? `${label}: ${message}` : message }]
      : [];
  });
  return { fieldError, summaryItems, otherMessages: [...new Set(otherMessages)] };
}
