import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-state';
import { usePublicReport } from '../../features/tracking/api/get-public-report';
import { PrivateAccessForm } from '../../features/tracking/components/private-access-form';
import { PrivateReportView } from '../../features/tracking/components/private-report-view';
import { PublicReportView } from '../../features/tracking/components/public-report-view';
import { normaliseTrackingCode } from '../../features/tracking/tracking-code';
import { useI18n } from '../../i18n/language-provider';
import { isApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * `/t/:tenantCode/tra-cuu/:trackingCode` (the link in the citizen's e-mails): the public view,
 * and the form that opens the reporter's private view with their phone number. The phone stays
 * in this page's memory only: leaving or reloading the page closes the private view.
 */
export function TrackReportRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const { trackingCode: raw = '' } = useParams();
  const trackingCode = normaliseTrackingCode(raw);
  const publicReport = usePublicReport(trackingCode);
  const [phone, setPhone] = useState<string | null>(null);
  usePageTitle(
    t('app.pageTitle', { page: t('track.pageTitle', { code: trackingCode }), site: tenant.name }),
  );
  const isNotFound = isApiError(publicReport.error) && publicReport.error.status === 404;

  return (
    <div className="page page--reading">
      <h1>{t('track.pageTitle', { code: trackingCode })}</h1>
      {phone ? (
        <PrivateReportView
          trackingCode={trackingCode}
          phone={phone}
          onClose={() => setPhone(null)}
        />
      ) : (
        <>
          {publicReport.isPending ? <LoadingState /> : null}
          {isNotFound ? (
            <div className="alert alert--warning">
              <h2 className="alert__title">{t('track.notFound.title')}</h2>
              <p>{t('track.notFound.body', { code: trackingCode })}</p>
            </div>
          ) : null}
          {publicReport.isError && !isNotFound ? (
            <ErrorState error={publicReport.error} onRetry={() => void publicReport.refetch()} />
          ) : null}
          {publicReport.data ? <PublicReportView report={publicReport.data} /> : null}
          <PrivateAccessForm trackingCode={trackingCode} onOpened={setPhone} />
        </>
      )}
      <p>
        <Link to={paths.track(tenant.code)}>{t('track.another')}</Link>
      </p>
    </div>
  );
}
