import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../lib/auth';
import { fakeFetch, jsonResponse, renderTenantPage, testSession } from '../../testing/render';
import { SignInRoute } from '../routes/sign-in';
import { StaffHomeRoute } from '../routes/staff-home';
import { StaffBar } from './staff-bar';

function renderSignedIn(roles: Parameters<typeof testSession>[0]) {
  const network = fakeFetch(({ url }) =>
    url.endsWith('/api/auth/sign-out')
      ? new Response(null, { status: 204 })
      : jsonResponse(401, { code: 'UNAUTHENTICATED' }),
  );
  const result = renderTenantPage(
    <>
      <StaffBar />
      <Routes>
        <Route
          path="/t/:tenantCode/can-bo"
          element={
            <RequireSession>
              <StaffHomeRoute />
            </RequireSession>
          }
        />
        <Route path="/t/:tenantCode/dang-nhap" element={<SignInRoute />} />
      </Routes>
    </>,
    {
      fetchFn: network.fetch,
      session: testSession(roles),
      initialEntries: ['/t/khanh-hoa/can-bo'],
    },
  );
  return { ...result, network };
}

describe('StaffBar', () => {
  it('offers administration to administrators only', () => {
    renderSignedIn({ roles: ['admin'] });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng cán bộ' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Trang cán bộ', 'Quản trị', 'Đổi mật khẩu']);
    expect(
      within(nav).getByRole('link', { name: 'Trang cán bộ' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('offers the work inbox to the roles that handle reports', () => {
    renderSignedIn({ roles: ['operator'] });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng cán bộ' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Trang cán bộ', 'Hộp thư công việc', 'Đổi mật khẩu']);
    expect(within(nav).getByRole('link', { name: 'Hộp thư công việc' }).getAttribute('href')).toBe(
      '/t/khanh-hoa/can-bo/hop-thu',
    );
  });

  it('does not offer administration to a supervisor', () => {
    renderSignedIn({ roles: ['supervisor'], displayName: 'Trần Thị Bích Ngọc' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng cán bộ' });
    expect(within(nav).queryByRole('link', { name: 'Quản trị' })).toBeNull();
    expect(screen.getByText('Đã đăng nhập: Trần Thị Bích Ngọc')).toBeTruthy();
  });

  it('signs out: ends the session on the server, then confirms on the sign-in page', async () => {
    const { network } = renderSignedIn({ roles: ['operator'] });

    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByText('Bạn đã đăng xuất.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Đăng nhập cán bộ');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();
    const call = network.calls.find(({ url }) => url.endsWith('/api/auth/sign-out'));
    expect(call?.init.method).toBe('POST');
    expect(new Headers(call?.init.headers).get('x-csrf-token')).toBe('csrf-test-token');
  });
});
