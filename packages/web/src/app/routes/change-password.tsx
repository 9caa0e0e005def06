import { Link } from 'react-router';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useI18n } from '../../i18n/language-provider';
import { useSignedInSession } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode/can-bo/doi-mat-khau`: change one's own password. */
export function ChangePasswordRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const { user } = useSignedInSession();
  usePageTitle(t('app.pageTitle', { page: t('password.title'), site: tenant.name }));
  return (
    <div className="page page--narrow">
      <h1 id="password-title">{t('password.title')}</h1>
      <p>{t('password.intro')}</p>
      <ChangePasswordForm username={user.username} />
      <p>
        <Link to={paths.staffHome(tenant.code)}>{t('staff.backHome')}</Link>
      </p>
    </div>
  );
}
