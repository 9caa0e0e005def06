import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import { isApiError } from '../../../lib/api-client';
import { generalProblemMessage } from '../../../lib/form-errors';
import { useOpenPrivateReport } from '../api/private-report';

const FIELD_ID = 'private-phone';

function phoneProblem(phone: string): MessageKey | null {
  if (phone === '') {
    return 'private.phoneRequired';
  }
  return phone.length < 8 || phone.length > 20 ? 'private.phoneInvalid' : null;
}

/**
 * "Nhập số điện thoại để xem chi tiết": the tracking code plus the phone given at submission
 * open the reporter's private view. A wrong number reads like an unknown code (the server
 * answers 404 for both), and is said beside the field.
 */
export function PrivateAccessForm({
  trackingCode,
  onOpened,
}: {
  trackingCode: string;
  onOpened: (phone: string) => void;
}) {
  const { t, pick } = useI18n();
  const open = useOpenPrivateReport(trackingCode);
  const [phone, setPhone] = useState('');
  const [clientError, setClientError] = useState<MessageKey | null>(null);
  const [revision, setRevision] = useState(0);

  const isNotFound = isApiError(open.error) && open.error.status === 404;
  const fieldError = clientError ? t(clientError) : isNotFound ? t('private.notFound') : null;
  const general = isNotFound ? null : generalProblemMessage(open.error, pick, t('error.server'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) {
      return;
    }
    const value = phone.trim();
    const problem = phoneProblem(value);
    setClientError(problem);
    setRevision((current) => current + 1);
    if (problem) {
      open.reset();
      return;
    }
    open.mutate(value, {
      onSuccess: () => onOpened(value),
      onError: () => setRevision((current) => current + 1),
    });
  };

  return (
    <section className="card" aria-labelledby="private-access-title">
      <h2 id="private-access-title">{t('private.title')}</h2>
      <p>{t('private.intro')}</p>
      <form noValidate onSubmit={onSubmit} aria-labelledby="private-access-title">
        <ErrorSummary
          message={general}
          items={fieldError ? [{ fieldId: FIELD_ID, message: fieldError }] : []}
          revision={revision}
        />
        <TextField
          id={FIELD_ID}
          name="phone"
          type="tel"
          label={t('private.phone')}
          value={phone}
          onChange={setPhone}
          error={fieldError}
          autoComplete="tel"
          inputMode="tel"
          required
        />
        <button
          type="submit"
          className="button button--primary button--block"
          aria-disabled={open.isPending}
        >
          {open.isPending ? t('private.submitting') : t('private.submit')}
        </button>
        <p className="visually-hidden" role="status">
          {open.isPending ? t('private.submitting') : ''}
        </p>
      </form>
    </section>
  );
}
