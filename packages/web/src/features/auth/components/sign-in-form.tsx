import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import type { SummaryItem } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { useSignIn } from '../../../lib/auth';
import {
  generalProblemMessage,
  retryAfterMinutes,
  serverFieldErrors,
} from '../../../lib/form-errors';

type Field = 'username' | 'password';
const FIELDS: readonly Field[] = ['username', 'password'];
const FIELD_IDS: Record<Field, string> = {
  username: 'sign-in-username',
  password: 'sign-in-password',
};

export function validateSignIn(values: Record<Field, string>): Partial<Record<Field, MessageKey>> {
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (values.username.trim() === '') {
    errors.username = 'signIn.usernameRequired';
  }
  if (values.password === '') {
    errors.password = 'signIn.passwordRequired';
  }
  return errors;
}

/**
 * Staff sign-in. Errors show twice, as forms should: in a summary that takes focus and links to
 * each field, and beside the field itself. A refusal of the server (wrong password, lockout,
 * too many attempts) shows the server's own message in the current language. On success the
 * session is in the query cache; the sign-in route sees it and moves on.
 */
export function SignInForm() {
  const { t, pick } = useI18n();
  const signIn = useSignIn();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [revision, setRevision] = useState(0);

  const serverErrors = serverFieldErrors(signIn.error);
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
  const minutes = retryAfterMinutes(signIn.error);
  const problem = generalProblemMessage(signIn.error, pick, t('error.server'));
  const summaryMessage = problem
    ? [problem, minutes ? t('signIn.retryAfter', { minutes }) : null].filter(Boolean).join(' ')
    : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) {
      return;
    }
    const errors = validateSignIn(values);
    setClientErrors(errors);
    setRevision((current) => current + 1);
    if (Object.keys(errors).length > 0) {
      signIn.reset();
      return;
    }
    signIn.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: () => {
          setValues((current) => ({ ...current, password: '' }));
          setRevision((current) => current + 1);
        },
      },
    );
  };

  const setField = (field: Field) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-title">
      <ErrorSummary message={summaryMessage} items={summaryItems} revision={revision} />
      <TextField
        id={FIELD_IDS.username}
        name="username"
        label={t('signIn.username')}
        value={values.username}
        onChange={setField('username')}
        error={fieldError('username')}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
      />
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type={showPassword ? 'text' : 'password'}
        label={t('signIn.password')}
        value={values.password}
        onChange={setField('password')}
        error={fieldError('password')}
        autoComplete="current-password"
        required
      />
      <div className="checkbox">
        <input
          id="sign-in-show-password"
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        <label htmlFor="sign-in-show-password">{t('form.showPassword')}</label>
      </div>
      <button
        type="submit"
        className="button button--primary button--block"
        aria-disabled={signIn.isPending}
      >
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
      <p className="visually-hidden" role="status">
        {signIn.isPending ? t('signIn.submitting') : ''}
      </p>
    </form>
  );
}
