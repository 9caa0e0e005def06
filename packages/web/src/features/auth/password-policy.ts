import type { MessageKey } from '../../i18n/messages';

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordRule = 'length' | 'lettersAndDigits' | 'notUsername';
export const PASSWORD_RULES: readonly PasswordRule[] = [
  'length',
  'lettersAndDigits',
  'notUsername',
];

/**
 * The server's password rule, checked as the user types so they learn it at once: at least 10
 * characters, letters and digits, and not containing the user name. The server checks again and
 * has the last word (`packages/server/src/features/accounts/password-policy.ts`).
 */
export function passwordRuleStatus(
  password: string,
  username: string,
): Record<PasswordRule, boolean> {
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    lettersAndDigits: /\p{L}/u.test(password) && /\d/.test(password),
    notUsername:
      password.length > 0 &&
      (username.length === 0 || !password.toLowerCase().includes(username.toLowerCase())),
  };
}

/** The first broken rule, in the words the server uses for it (domain `VALIDATION_MESSAGES`). */
export function passwordProblem(password: string, username: string): MessageKey | null {
  const status = passwordRuleStatus(password, username);
  if (!status.length) {
    return 'password.tooShort';
  }
  if (!status.lettersAndDigits || !status.notUsername) {
    return 'password.tooWeak';
  }
  return null;
}
