import { z } from 'zod';
import { VALIDATION_MESSAGES } from './messages';
import type { LocalisedMessage } from './messages';

/**
 * Zod issues as the field errors a form shows: the same shape and words as the server's
 * problem+json `errors` (infra/http/problem.ts), so a message reads the same whether the browser
 * or the server caught the mistake. A schema's message that is a catalogue key becomes that key's
 * text; any other issue gets zod's own Vietnamese and English message.
 */
export type FieldError = { path: string; code: string; message: LocalisedMessage };

type Issue = z.core.$ZodIssue;

const VI = z.locales.vi();
const EN = z.locales.en();
type RawIssue = Parameters<typeof EN.localeError>[0];

export function issueMessage(issue: Issue): LocalisedMessage {
  const catalogued = Object.hasOwn(VALIDATION_MESSAGES, issue.message)
    ? VALIDATION_MESSAGES[issue.message]
    : undefined;
  if (catalogued) {
    return catalogued;
  }
  // A finished issue is what the locale functions read; only their parameter type is the raw one.
  const raw = issue as RawIssue;
  return {
    vi: localeText(VI.localeError(raw)) || 'Giá trị không hợp lệ',
    en: localeText(EN.localeError(raw)) || 'Invalid value',
  };
}

/**
 * One error per issue, in order. `path` joins the issue path with dots ("reporter.phone"), after
 * `prefix` when given (the server prefixes "body", "query" …).
 */
export function toFieldErrors(
  issues: readonly Issue[],
  options: { prefix?: string } = {},
): FieldError[] {
  return issues.map((issue) => ({
    path: [options.prefix ?? '', ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code,
    message: issueMessage(issue),
  }));
}

/** The first error of each path, for forms that show one message under each field. */
export function firstErrorByPath(errors: readonly FieldError[]): Record<string, FieldError> {
  const byPath = new Map<string, FieldError>();
  for (const error of errors) {
    if (!byPath.has(error.path)) {
      byPath.set(error.path, error);
    }
  }
  // fromEntries defines own properties, so a path such as "__proto__" cannot touch the prototype.
  return Object.fromEntries(byPath);
}

function localeText(result: string | { message: string } | undefined | null): string {
  if (typeof result === 'string') {
    return result;
  }
  return result?.message ?? '';
}
