import { VALIDATION_MESSAGES } from '@paht/domain';
import { validationFailed } from '../../infra/http/app-error';
import type { FieldError } from '../../infra/http/app-error';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * At least 10 characters with letters and digits, and not the user name (NIST SP 800-63B asks for
 * length over composition; the digit rule is the provinces' usual IT-security policy).
 */
export function passwordProblems(password: string, username: string, path: string): FieldError[] {
  const message = (key: string) =>
    VALIDATION_MESSAGES[key] ?? { vi: 'Mật khẩu không hợp lệ.', en: 'The password is not valid.' };
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ path, code: 'too_small', message: message('password.too_short') }];
  }
  const hasLetter = /\p{L}/u.test(password);
  const hasDigit = /\d/.test(password);
  if (!hasLetter || !hasDigit || password.toLowerCase().includes(username.toLowerCase())) {
    return [{ path, code: 'too_weak', message: message('password.too_weak') }];
  }
  return [];
}

export function checkPasswordStrength(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, username, path);
  if (problems.length > 0) {
    throw validationFailed(problems, 'weak password');
  }
}
