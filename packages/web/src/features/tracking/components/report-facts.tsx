import { useI18n } from '../../../i18n/language-provider';
import { formatDateTime } from '../../../lib/format';
import { labelOf } from '../../../lib/labels';
import { useTenant } from '../../../lib/tenant';

/** The citizen-facing facts of a report: code, status, date of receipt, field and area. */
export function ReportFacts({
  report,
}: {
  report: {
    trackingCode: string;
    state: string;
    receivedAt: string;
    field: string | null;
    area: string | null;
    reporterName?: string | null;
  };
}) {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  return (
    <dl className="details">
      <div className="details__row">
        <dt>{t('track.codeLabel')}</dt>
        <dd>
          <code>{report.trackingCode}</code>
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('track.state')}</dt>
        <dd>
          <span className="status">{labelOf(t, 'reportState', report.state)}</span>
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('track.receivedAt')}</dt>
        <dd>{formatDateTime(report.receivedAt, language, tenant.timeZone)}</dd>
      </div>
      {report.field ? (
        <div className="details__row">
          <dt>{t('track.field')}</dt>
          <dd lang="vi">{report.field}</dd>
        </div>
      ) : null}
      {report.area ? (
        <div className="details__row">
          <dt>{t('track.area')}</dt>
          <dd lang="vi">{report.area}</dd>
        </div>
      ) : null}
      {report.reporterName ? (
        <div className="details__row">
          <dt>{t('track.reporter')}</dt>
          <dd lang="vi">{report.reporterName}</dd>
        </div>
      ) : null}
    </dl>
  );
}
