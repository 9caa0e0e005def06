import type { MessageKey } from '../../i18n/messages';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The server's password rule, checked before sending so the user learns it at once: at least 10
 * characters, letters and digits, and not the user name. The server checks again and has the
 * last word (`packages/server/src/features/accounts/password-policy.ts`).
 */
export function passwordProblem(password: string, username: string): MessageKey | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return 'password.tooShort';
  }
  const hasLetter = /\p{L}/u.test(password);
  const hasDigit = /\d/.test(password);
  const containsUsername =
    username.length > 0 && password.toLowerCase().includes(username.toLowerCase());
  if (!hasLetter || !hasDigit || containsUsername) {
    return 'password.tooWeak';
  }
  return null;
}
