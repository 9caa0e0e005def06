import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-state';
import { isTenantCode, useTenantInfo } from '../../features/tenants/api/get-tenant';
import { useI18n } from '../../i18n/language-provider';
import { createApiClient, isApiError } from '../../lib/api-client';
import type { Session } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { queryKeys } from '../../lib/query-keys';
import { TenantContext } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';
import { AppShell } from './app-shell';
import { SiteHeader } from './site-header';
import { StaffBar } from './staff-bar';

function TenantNotFound() {
  const { t } = useI18n();
  usePageTitle(t('app.pageTitle', { page: t('tenant.notFound.title'), site: t('app.name') }));
  return (
    <div className="page">
      <h1>{t('tenant.notFound.title')}</h1>
      <p>{t('tenant.notFound.body')}</p>
      <p>
        <Link to={paths.chooser()}>{t('app.homeLink')}</Link>
      </p>
    </div>
  );
}

/**
 * Every `/t/:tenantCode/…` page: loads the tenant, gives its pages the tenant and an API client
 * that sends the session's CSRF token on writes, and frames them with the header.
 */
export function TenantLayout() {
  const { tenantCode = '' } = useParams();
  const queryClient = useQueryClient();
  const tenantQuery = useTenantInfo(tenantCode);
  const api = useMemo(
    () =>
      createApiClient({
        tenantCode,
        getCsrfToken: () =>
          queryClient.getQueryData<Session | null>(queryKeys.session(tenantCode))?.csrfToken,
      }),
    [tenantCode, queryClient],
  );
  const tenant = tenantQuery.data;
  const context = useMemo(() => (tenant ? { tenant, api } : null), [tenant, api]);

  const isUnknown =
    !isTenantCode(tenantCode) ||
    (isApiError(tenantQuery.error) && tenantQuery.error.status === 404);
  if (isUnknown || !context) {
    return (
      <AppShell header={<SiteHeader homePath={paths.chooser()} />}>
        {isUnknown ? <TenantNotFound /> : null}
        {!isUnknown && tenantQuery.isPending ? <LoadingState /> : null}
        {!isUnknown && tenantQuery.isError ? (
          <ErrorState error={tenantQuery.error} onRetry={() => void tenantQuery.refetch()} />
        ) : null}
      </AppShell>
    );
  }
  return (
    <TenantContext.Provider value={context}>
      <AppShell
        header={
          <SiteHeader
            homePath={paths.tenantHome(context.tenant.code)}
            tenantName={context.tenant.name}
          >
            <StaffBar />
          </SiteHeader>
        }
      >
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </TenantContext.Provider>
  );
}
