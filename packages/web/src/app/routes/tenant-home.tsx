import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-provider';
import { useSession } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { useTenantProfile } from '../../lib/profile';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode`: the province's portal: send a report, track one; staff sign in from here. */
export function TenantHomeRoute() {
  const { t, pick } = useI18n();
  const { tenant } = useTenant();
  const profile = useTenantProfile();
  const session = useSession();
  usePageTitle(t('app.pageTitle', { page: t('portal.title'), site: tenant.name }));
  return (
    <div className="page">
      <h1>{t('portal.title')}</h1>
      <p className="lead">{t('portal.intro', { tenant: tenant.name })}</p>
      {profile ? (
        <p className="muted">{t('portal.scope', { scope: pick(profile.scope.summary) })}</p>
      ) : null}
      <section aria-labelledby="portal-citizen-title">
        <h2 id="portal-citizen-title" className="visually-hidden">
          {t('portal.citizen')}
        </h2>
        <ul className="portal-links">
          <li>
            <Link className="portal-link" to={paths.submitReport(tenant.code)}>
              <span className="portal-link__title">{t('portal.submit.title')}</span>
              <span className="portal-link__description">{t('portal.submit.description')}</span>
            </Link>
          </li>
          <li>
            <Link className="portal-link" to={paths.track(tenant.code)}>
              <span className="portal-link__title">{t('portal.track.title')}</span>
              <span className="portal-link__description">{t('portal.track.description')}</span>
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="portal-staff-title">
        <h2 id="portal-staff-title">{t('portal.staff.title')}</h2>
        <p>
          {session.data ? (
            <Link to={paths.staffHome(tenant.code)}>{t('portal.staff.home')}</Link>
          ) : (
            <Link to={paths.signIn(tenant.code)}>{t('portal.staff.signIn')}</Link>
          )}
        </p>
      </section>
    </div>
  );
}
