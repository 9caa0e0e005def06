import { Link } from 'react-router';
import { Administration } from '../../features/admin/components/administration';
import { useI18n } from '../../i18n/language-provider';
import { useSignedInSession } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { ADMINISTRATION_ROLES, hasAnyRole, roleLabel } from '../../lib/roles';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** What staff without the administrator role see: plainly, that the page is not theirs. */
function AdministrationForbidden() {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const { user } = useSignedInSession();
  const roles = user.roles.map((role) => roleLabel(role, language)).join(', ');
  return (
    <div className="page page--narrow">
      <h1>{t('admin.forbidden.title')}</h1>
      <div className="alert alert--warning">
        <p>{t('admin.forbidden.body')}</p>
        <p>{t('admin.forbidden.yourRoles', { roles: roles || t('admin.none') })}</p>
      </div>
      <p>
        <Link to={paths.staffHome(tenant.code)}>{t('staff.backHome')}</Link>
      </p>
    </div>
  );
}

/**
 * `/t/:tenantCode/quan-tri`: administrators only. Other roles are told plainly that the page is
 * not theirs, and the page does not even ask the server (which would refuse them anyway).
 */
export function AdministrationRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const { user } = useSignedInSession();
  const isAdministrator = hasAnyRole(user.roles, ADMINISTRATION_ROLES);
  const page = isAdministrator ? t('admin.title') : t('admin.forbidden.title');
  usePageTitle(t('app.pageTitle', { page, site: tenant.name }));

  if (!isAdministrator) {
    return <AdministrationForbidden />;
  }
  return (
    <div className="page page--wide">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro', { tenant: tenant.name })}</p>
      <Administration />
    </div>
  );
}
