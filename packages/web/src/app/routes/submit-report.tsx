import { SubmissionForm } from '../../features/submission/components/submission-form';
import { useI18n } from '../../i18n/language-provider';
import { useTenantProfile } from '../../lib/profile';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode/gui-phan-anh`: a citizen sends a report, without an account. */
export function SubmitReportRoute() {
  const { t, pick } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  usePageTitle(t('app.pageTitle', { page: t('submit.title'), site: tenant.name }));
  return (
    <div className="page page--form">
      <h1 id="submit-title">{t('submit.title')}</h1>
      {profile ? (
        <>
          <p className="lead">{t('submit.intro')}</p>
          <p className="muted">{t('portal.scope', { scope: pick(profile.scope.summary) })}</p>
          <SubmissionForm profile={profile} />
        </>
      ) : (
        <p className="alert alert--warning">{t('submit.unavailable')}</p>
      )}
    </div>
  );
}
