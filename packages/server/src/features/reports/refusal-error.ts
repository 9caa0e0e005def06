/**
 * A lifecycle refusal as an HTTP problem: who may not act → 403; the report is not in a state
 * that allows it, or a business rule says no → 409 with the refusal code; bad input → 400 with
 * the field paths (under `body.input`). The engine's own vi/en message is the problem's message.
 */
import { VALIDATION_MESSAGES } from '@paht/domain';
import type { Refusal } from '@paht/domain';
import { AppError } from '../../infra/http/app-error';

const FORBIDDEN = new Set(['actor_not_allowed', 'role_not_allowed', 'unit_not_allowed']);

export function refusalError(refusal: Refusal): AppError {
  const extra = { refusal: refusal.code };
  if (FORBIDDEN.has(refusal.code)) {
    return new AppError('FORBIDDEN', `refused: ${refusal.code}`, {
      userMessage: refusal.message,
      extra,
    });
  }
  if (refusal.code === 'invalid_input') {
    return new AppError('VALIDATION_FAILED', 'refused: invalid_input', {
      userMessage: refusal.message,
      extra,
      fields: refusal.issues.map((issue) => ({
        path: ['body', 'input', issue.path].filter(Boolean).join('.'),
        code: issue.message,
        message: VALIDATION_MESSAGES[issue.message] ?? {
          vi: 'Giá trị không hợp lệ.',
          en: issue.message === 'required' ? 'This field is required.' : 'Invalid value.',
        },
      })),
    });
  }
  return new AppError('INVALID_TRANSITION', `refused: ${refusal.code}`, {
    userMessage: refusal.message,
    extra,
    fields: refusal.issues.map((issue) => ({
      path: ['body', 'input', issue.path].filter(Boolean).join('.'),
      code: refusal.code,
      message: refusal.message,
    })),
  });
}
