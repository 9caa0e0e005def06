import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/language-provider';

export type SummaryItem = { fieldId: string; message: string };

/**
 * The error summary at the top of a form (GOV.UK pattern): it takes focus when it appears or
 * changes, so a screen reader reads it, and each item links to its field.
 */
export function ErrorSummary({
  message,
  items,
  revision,
}: {
  /** A problem that belongs to no one field (wrong password, account locked …). */
  message?: string | null;
  items: readonly SummaryItem[];
  /** Changes on every failed submit, so a repeated failure takes focus again. */
  revision: number;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const isVisible = Boolean(message) || items.length > 0;

  useEffect(() => {
    if (isVisible) {
      ref.current?.focus();
    }
  }, [isVisible, revision]);

  if (!isVisible) {
    return null;
  }

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  };

  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummary.title')}
      </h2>
      {message ? <p className="error-summary__message">{message}</p> : null}
      {items.length > 0 ? (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
