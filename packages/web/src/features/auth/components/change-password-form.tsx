import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import type { SummaryItem } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { generalProblemMessage, serverFieldErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../password-policy';
import { PasswordPolicyList } from './password-policy-list';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type Values = Record<Field, string>;
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword', 'confirmPassword'];
const FIELD_IDS: Record<Field, string> = {
  currentPassword: 'password-current',
  newPassword: 'password-new',
  confirmPassword: 'password-confirm',
};
const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function validateChangePassword(
  values: Values,
  username: string,
): Partial<Record<Field, MessageKey>> {
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (values.currentPassword === '') {
    errors.currentPassword = 'password.currentRequired';
  }
  if (values.newPassword === '') {
    errors.newPassword = 'password.newRequired';
  } else {
    const problem = passwordProblem(values.newPassword, username);
    if (problem) {
      errors.newPassword = problem;
    }
  }
  if (values.confirmPassword === '') {
    errors.confirmPassword = 'password.confirmRequired';
  } else if (values.confirmPassword !== values.newPassword) {
    errors.confirmPassword = 'password.mismatch';
  }
  return errors;
}

/**
 * Changes one's own password. The rule shows as a checklist that ticks while the user types; on
 * submit every problem is listed in the error summary and beside its field, the client's own
 * checks first, then the server's answer per field (a wrong current password, a weak new one).
 */
export function ChangePasswordForm({ username }: { username: string }) {
  const { t, pick } = useI18n();
  const changePassword = useChangePassword();
  const [values, setValues] = useState<Values>(EMPTY);
  const [showPasswords, setShowPasswords] = useState(false);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [revision, setRevision] = useState(0);
  const successRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (changePassword.isSuccess) {
      successRef.current?.focus();
    }
  }, [changePassword.isSuccess]);

  const serverErrors = serverFieldErrors(changePassword.error);
  const fieldError = (field: Field): string | null => {
    const clientKey = clientErrors[field];
    if (clientKey) {
      return t(clientKey);
    }
    const server = serverErrors[field];
    return server ? pick(server) : null;
  };
  const summaryItems: SummaryItem[] = FIELDS.flatMap((field) => {
    const message = fieldError(field);
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
  const problem = generalProblemMessage(changePassword.error, pick, t('error.server'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changePassword.isPending) {
      return;
    }
    const errors = validateChangePassword(values, username);
    setClientErrors(errors);
    setRevision((current) => current + 1);
    if (Object.keys(errors).length > 0) {
      changePassword.reset();
      return;
    }
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => setValues(EMPTY),
        onError: () => setRevision((current) => current + 1),
      },
    );
  };

  const setField = (field: Field) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <ErrorSummary message={problem} items={summaryItems} revision={revision} />
      {changePassword.isSuccess ? (
        <p className="alert alert--success" ref={successRef} tabIndex={-1} role="status">
          {t('password.success')}
        </p>
      ) : null}
      <TextField
        id={FIELD_IDS.currentPassword}
        name="currentPassword"
        type={showPasswords ? 'text' : 'password'}
        label={t('password.current')}
        value={values.currentPassword}
        onChange={setField('currentPassword')}
        error={fieldError('currentPassword')}
        autoComplete="current-password"
        required
      />
      <TextField
        id={FIELD_IDS.newPassword}
        name="newPassword"
        type={showPasswords ? 'text' : 'password'}
        label={t('password.new')}
        hint={<PasswordPolicyList password={values.newPassword} username={username} />}
        value={values.newPassword}
        onChange={setField('newPassword')}
        error={fieldError('newPassword')}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
      />
      <TextField
        id={FIELD_IDS.confirmPassword}
        name="confirmPassword"
        type={showPasswords ? 'text' : 'password'}
        label={t('password.confirm')}
        value={values.confirmPassword}
        onChange={setField('confirmPassword')}
        error={fieldError('confirmPassword')}
        autoComplete="new-password"
        required
      />
      <div className="checkbox">
        <input
          id="password-show"
          type="checkbox"
          checked={showPasswords}
          onChange={(event) => setShowPasswords(event.target.checked)}
        />
        <label htmlFor="password-show">{t('form.showPasswords')}</label>
      </div>
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={changePassword.isPending}
      >
        {changePassword.isPending ? t('password.submitting') : t('password.submit')}
      </button>
      <p className="visually-hidden" role="status">
        {changePassword.isPending ? t('password.submitting') : ''}
      </p>
    </form>
  );
}
