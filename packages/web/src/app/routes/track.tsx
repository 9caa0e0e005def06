import { TrackingCodeForm } from '../../features/tracking/components/tracking-code-form';
import { useI18n } from '../../i18n/language-provider';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode/tra-cuu`: enter a tracking code. */
export function TrackRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  usePageTitle(t('app.pageTitle', { page: t('track.title'), site: tenant.name }));
  return (
    <div className="page page--narrow">
      <h1 id="track-title">{t('track.title')}</h1>
      <p>{t('track.intro')}</p>
      <TrackingCodeForm />
    </div>
  );
}
