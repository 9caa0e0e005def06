import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useTenant } from '../../../lib/tenant';
import type { Receipt } from '../api/submit-report';

/** After sending: the tracking code, large, and where to follow the report. Takes focus. */
export function SubmissionReceipt({
  receipt,
  onAnother,
}: {
  receipt: Receipt;
  onAnother: () => void;
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" className="receipt__title" ref={headingRef} tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p className="receipt__label">{t('receipt.code')}</p>
      <p className="receipt__code">
        <strong>{receipt.trackingCode}</strong>
      </p>
      <p>{t('receipt.keep')}</p>
      <p className="muted">
        {t('receipt.receivedAt', {
          time: formatDateTime(receipt.receivedAt, language, tenant.timeZone),
        })}
      </p>
      <div className="button-row">
        <Link
          className="button button--primary"
          to={paths.trackReport(tenant.code, receipt.trackingCode)}
        >
          {t('receipt.track')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('receipt.another')}
        </button>
      </div>
    </section>
  );
}
