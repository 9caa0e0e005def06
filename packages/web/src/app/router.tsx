import { lazy } from 'react';
import type { ComponentType } from 'react';
import { Outlet, ScrollRestoration, createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../lib/auth';
import { paths } from '../lib/paths';
import { AppShell } from './layouts/app-shell';
import { SiteHeader } from './layouts/site-header';
import { TenantLayout } from './layouts/tenant-layout';
import { AdministrationRoute } from './routes/administration';
import { ChangePasswordRoute } from './routes/change-password';
import { HomeRoute } from './routes/home';
import { NotFound } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';
import { StaffHomeRoute } from './routes/staff-home';
import { TenantHomeRoute } from './routes/tenant-home';
import { TrackRoute } from './routes/track';

/**
 * Pages that need the shared schemas, the regulation profiles or the lifecycle's forms load on
 * demand (the tenant layout shows "Đang tải…" meanwhile): a visitor who only chooses a province
 * or signs in does not download them.
 */
function onDemand<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}

const SubmitReportRoute = onDemand(() => import('./routes/submit-report'), 'SubmitReportRoute');
const TrackReportRoute = onDemand(() => import('./routes/track-report'), 'TrackReportRoute');
const InboxRoute = onDemand(() => import('./routes/inbox'), 'InboxRoute');
const StaffReportRoute = onDemand(() => import('./routes/staff-report'), 'StaffReportRoute');

/** The routes (packages/web/README.md "Routes"; paths in `lib/paths.ts`). */
export const routes: RouteObject[] = [
  {
    element: (
      <>
        <ScrollRestoration />
        <Outlet />
      </>
    ),
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomeRoute /> },
      {
        path: '/t/:tenantCode',
        element: <TenantLayout />,
        children: [
          { index: true, element: <TenantHomeRoute /> },
          { path: 'gui-phan-anh', element: <SubmitReportRoute /> },
          { path: 'tra-cuu', element: <TrackRoute /> },
          { path: 'tra-cuu/:trackingCode', element: <TrackReportRoute /> },
          { path: 'dang-nhap', element: <SignInRoute /> },
          {
            path: 'can-bo',
            element: (
              <RequireSession>
                <StaffHomeRoute />
              </RequireSession>
            ),
          },
          {
            path: 'can-bo/hop-thu',
            element: (
              <RequireSession>
                <InboxRoute />
              </RequireSession>
            ),
          },
          {
            path: 'can-bo/phan-anh/:reportId',
            element: (
              <RequireSession>
                <StaffReportRoute />
              </RequireSession>
            ),
          },
          {
            path: 'can-bo/doi-mat-khau',
            element: (
              <RequireSession>
                <ChangePasswordRoute />
              </RequireSession>
            ),
          },
          {
            path: 'quan-tri',
            element: (
              <RequireSession>
                <AdministrationRoute />
              </RequireSession>
            ),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
      {
        path: '*',
        element: (
          <AppShell header={<SiteHeader homePath={paths.chooser()} />}>
            <NotFound />
          </AppShell>
        ),
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
