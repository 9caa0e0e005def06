import { isApiError } from '../lib/api-client';
import { useI18n } from '../i18n/language-provider';

/** A polite "loading" line: announced once, without stealing focus. */
export function LoadingState() {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
}

/**
 * The server's message (or a generic one), what it found wrong with the request (a search too
 * short …), its request id for support, and a retry button.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  const message = isApiError(error) ? pick(error.userMessage) : t('error.server');
  const requestId = isApiError(error) ? error.requestId : null;
  const details = isApiError(error)
    ? [...new Set(error.fieldErrors.map((fieldError) => pick(fieldError.message)))]
    : [];
  return (
    <div className="alert alert--error" role="alert">
      <p>{message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {requestId ? <p className="muted small">{t('error.requestId', { requestId })}</p> : null}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children }: { children: string }) {
  return <p className="state state--empty">{children}</p>;
}
