import { Link } from 'react-router';
import { Administration } from '../../features/admin/components/administration';
import { useI18n } from '../../i18n/language-provider';
import { useSignedInSession } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { ADMINISTRATION_ROLES, hasAnyRole } from '../../lib/roles';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * `/t/:tenantCode/quan-tri`: administrators, and supervisors read-only. Other roles are told
 * plainly that the page is not theirs (the server refuses their calls anyway).
 */
export function AdministrationRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const { user } = useSignedInSession();
  usePageTitle(t('app.pageTitle', { page: t('admin.title'), site: tenant.name }));

  if (!hasAnyRole(user.roles, ADMINISTRATION_ROLES)) {
    return (
      <div className="page page--narrow">
        <h1>{t('admin.forbidden.title')}</h1>
        <div className="alert alert--warning">
          <p>{t('admin.forbidden.body')}</p>
        </div>
        <p>
          <Link to={paths.staffHome(tenant.code)}>{t('staff.backHome')}</Link>
        </p>
      </div>
    );
  }
  const isReadOnly = !user.roles.includes('admin');
  return (
    <div className="page page--wide">
      <h1>{t('admin.title')}</h1>
      {isReadOnly ? <p className="alert alert--info">{t('admin.readOnly')}</p> : null}
      <Administration />
    </div>
  );
}
