import { Link } from 'react-router';
import { StaffProfile } from '../../features/staff-home/components/staff-profile';
import { StaffSections } from '../../features/staff-home/components/staff-sections';
import { useI18n } from '../../i18n/language-provider';
import { useSignedInSession } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode/can-bo`: who you are and where your work is. */
export function StaffHomeRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const { user } = useSignedInSession();
  usePageTitle(t('app.pageTitle', { page: t('header.staffHome'), site: tenant.name }));
  return (
    <div className="page">
      <h1>{t('staff.title', { name: user.displayName })}</h1>
      <StaffProfile user={user} />
      <StaffSections tenantCode={tenant.code} roles={user.roles} />
      <section aria-labelledby="staff-account-title">
        <h2 id="staff-account-title">{t('staff.account')}</h2>
        <p>
          <Link to={paths.changePassword(tenant.code)}>{t('header.changePassword')}</Link>
        </p>
      </section>
    </div>
  );
}
