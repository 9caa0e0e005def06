import { Navigate, Outlet, ScrollRestoration, createBrowserRouter } from 'react-router';
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

/**
 * The routes (packages/web/README.md "Routes"; paths in `lib/paths.ts`). Until the citizen portal
 * lands, a tenant's root leads to the staff home, which sends visitors who are not signed in to
 * the sign-in page.
 */
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
          { index: true, element: <Navigate to="can-bo" replace /> },
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
