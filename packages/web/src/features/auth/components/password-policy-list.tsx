import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { PASSWORD_RULES, passwordRuleStatus } from '../password-policy';
import type { PasswordRule } from '../password-policy';

const RULE_LABELS: Record<PasswordRule, MessageKey> = {
  length: 'password.policy.length',
  lettersAndDigits: 'password.policy.lettersAndDigits',
  notUsername: 'password.policy.notUsername',
};

/**
 * The password rule as a checklist that ticks itself while the user types. Each rule says in
 * words whether it is met (not by colour or icon alone, WCAG 1.4.1); the list is the new
 * password field's hint, so a screen reader reads it with the field rather than on every key.
 */
export function PasswordPolicyList({ password, username }: { password: string; username: string }) {
  const { t } = useI18n();
  const status = passwordRuleStatus(password, username);
  return (
    <div className="password-policy">
      <p className="password-policy__title">{t('password.policy.title')}</p>
      <ul className="password-policy__list">
        {PASSWORD_RULES.map((rule) => {
          const isMet = status[rule];
          return (
            <li
              key={rule}
              className={
                isMet ? 'password-policy__rule password-policy__rule--met' : 'password-policy__rule'
              }
            >
              <span className="password-policy__mark" aria-hidden="true">
                {isMet ? '✓' : '○'}
              </span>
              <span>
                {t(RULE_LABELS[rule], { username })}
                <span className="visually-hidden">
                  {' '}
                  ({isMet ? t('password.policy.met') : t('password.policy.unmet')})
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
