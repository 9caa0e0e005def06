import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-state';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useI18n } from '../../i18n/language-provider';
import { useSession } from '../../lib/auth';
import { isRecord } from '../../lib/decode';
import { returnPath } from '../../lib/paths';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

/** `/t/:tenantCode/dang-nhap`: staff sign-in; once signed in, on to where the user was going. */
export function SignInRoute() {
  const { t } = useI18n();
  const { tenant } = useTenant();
  const session = useSession();
  const location = useLocation();
  usePageTitle(t('app.pageTitle', { page: t('signIn.title'), site: tenant.name }));

  if (session.data) {
    const from: unknown = isRecord(location.state) ? location.state.from : null;
    return <Navigate to={returnPath(tenant.code, from)} replace />;
  }
  const isSignedOut = isRecord(location.state) && location.state.signedOut === true;
  return (
    <div className="page page--narrow">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {isSignedOut ? (
        <p className="alert alert--success" role="status">
          {t('signIn.signedOut')}
        </p>
      ) : null}
      <p>{t('signIn.intro', { tenant: tenant.name })}</p>
      {session.isPending ? <LoadingState /> : null}
      {session.isError ? (
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      ) : null}
      {session.data === null ? <SignInForm /> : null}
    </div>
  );
}
