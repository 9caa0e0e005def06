import { NavLink, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/language-provider';
import { useSession, useSignOut } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { ADMINISTRATION_ROLES, INBOX_ROLES, hasAnyRole } from '../../lib/roles';
import { useTenant } from '../../lib/tenant';

/** Under the header, for signed-in staff: the staff pages, their name and sign-out. */
export function StaffBar() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = session.data?.user;
  if (!user) {
    return null;
  }
  const onSignOut = () => {
    if (signOut.isPending) {
      return;
    }
    // Protected pages send the user to sign in by themselves once the session is forgotten;
    // this covers the others (a tenant's "not found" page).
    const toSignIn = () =>
      void navigate(paths.signIn(tenant.code), { replace: true, state: { signedOut: true } });
    signOut.mutateAsync().then(toSignIn, toSignIn);
  };
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? 'staff-bar__link staff-bar__link--current' : 'staff-bar__link';
  return (
    <div className="staff-bar">
      <div className="staff-bar__inner">
        <nav className="staff-bar__nav" aria-label={t('header.staffNav')}>
          <ul>
            <li>
              <NavLink className={navClass} to={paths.staffHome(tenant.code)} end>
                {t('header.staffHome')}
              </NavLink>
            </li>
            {hasAnyRole(user.roles, INBOX_ROLES) ? (
              <li>
                <NavLink className={navClass} to={paths.inbox(tenant.code)}>
                  {t('header.inbox')}
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(user.roles, ADMINISTRATION_ROLES) ? (
              <li>
                <NavLink className={navClass} to={paths.administration(tenant.code)}>
                  {t('header.administration')}
                </NavLink>
              </li>
            ) : null}
            <li>
              <NavLink className={navClass} to={paths.changePassword(tenant.code)}>
                {t('header.changePassword')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="staff-bar__account">
          <p className="staff-bar__user">{t('header.signedInAs', { name: user.displayName })}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onSignOut}
            aria-disabled={signOut.isPending}
          >
            {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
          </button>
        </div>
      </div>
    </div>
  );
}
