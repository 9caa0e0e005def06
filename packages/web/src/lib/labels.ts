import { messages } from '../i18n/messages';
import type { MessageKey } from '../i18n/messages';

/** The lists of `i18n/messages-reports.ts` (and the unit kinds), keyed `<list>.<code>`. */
export type LabelList =
  | 'reportState'
  | 'assignmentState'
  | 'assignmentRole'
  | 'event'
  | 'action'
  | 'channel'
  | 'kind'
  | 'rejectReason'
  | 'outOfScopeKind'
  | 'referralKind'
  | 'escalationReason'
  | 'deadlineState'
  | 'replyLanguage'
  | 'orgKind';

/**
 * The catalogue key of a code the server sent (`reportState.in_progress`), or null for a code
 * this build does not know (a newer server): screens then show the code itself rather than fail.
 */
export function labelKey(list: LabelList, code: string): MessageKey | null {
  const key = `${list}.${code}`;
  return Object.hasOwn(messages.vi, key) ? (key as MessageKey) : null;
}

/** The label of `code` in the current language, or the code itself when it has none. */
export function labelOf(t: (key: MessageKey) => string, list: LabelList, code: string): string {
  const key = labelKey(list, code);
  return key ? t(key) : code;
}
