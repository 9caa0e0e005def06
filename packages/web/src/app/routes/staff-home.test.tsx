import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../lib/auth';
import { expectNoAxeViolations } from '../../testing/axe';
import { fakeFetch, jsonResponse, renderTenantPage, testSession } from '../../testing/render';
import { StaffHomeRoute } from './staff-home';

const IOC = {
  id: '10000000-0000-4000-8000-000000000009',
  name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Khánh Hòa',
  kind: 'intake_center',
};

function renderHome(session: ReturnType<typeof testSession> | null) {
  const network = fakeFetch(() => jsonResponse(401, { code: 'UNAUTHENTICATED' }));
  return renderTenantPage(
    <Routes>
      <Route
        path="/t/:tenantCode/can-bo"
        element={
          <RequireSession>
            <StaffHomeRoute />
          </RequireSession>
        }
      />
      <Route path="/t/:tenantCode/dang-nhap" element={<h1>Trang đăng nhập</h1>} />
    </Routes>,
    { fetchFn: network.fetch, session, initialEntries: ['/t/khanh-hoa/can-bo'] },
  );
}

describe('StaffHomeRoute', () => {
  it('shows who is signed in: name, roles in words and agency', async () => {
    const { container } = renderHome(
      testSession({
        username: 'tiepnhan',
        displayName: 'Lê Hoàng Nam',
        roles: ['operator'],
        orgUnit: IOC,
      }),
    );

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xin chào, Lê Hoàng Nam');
    const profile = screen.getByRole('region', { name: 'Thông tin tài khoản' });
    expect(within(profile).getByText('tiepnhan')).toBeTruthy();
    expect(within(profile).getByText('Nhân sự tiếp nhận / điện thoại viên')).toBeTruthy();
    expect(within(profile).getByText(IOC.name)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('lists only the sections the roles work in; administration is a link for admins', () => {
    renderHome(testSession({ roles: ['admin'] }));

    const sections = screen.getByRole('region', { name: 'Chức năng của bạn' });
    const titles = within(sections)
      .getAllByRole('listitem')
      .map((item) => item.firstElementChild?.textContent);
    expect(titles).toEqual(['Quản trị hệ thống']);
    expect(
      within(sections).getByRole('link', { name: 'Quản trị hệ thống' }).getAttribute('href'),
    ).toBe('/t/khanh-hoa/quan-tri');
    expect(screen.getByText('Không thuộc đơn vị nào')).toBeTruthy();
  });

  it('gives a leader approval (in the inbox) and supervision, not administration', () => {
    renderHome(testSession({ roles: ['leader'], displayName: 'Hồ Văn Tâm' }));

    const sections = screen.getByRole('region', { name: 'Chức năng của bạn' });
    expect(
      within(sections).getByRole('link', { name: 'Duyệt kết quả xử lý' }).getAttribute('href'),
    ).toBe('/t/khanh-hoa/can-bo/hop-thu');
    // Supervision has no screen yet: named, marked as not in this version, not a link.
    expect(within(sections).getByText('Giám sát, thống kê').tagName).toBe('P');
    expect(within(sections).getByText('Chưa có trong phiên bản này')).toBeTruthy();
    expect(within(sections).queryByText('Quản trị hệ thống')).toBeNull();
  });

  it('leads an operator to the inbox for intake', () => {
    renderHome(testSession({ username: 'tiepnhan', roles: ['operator'] }));

    const sections = screen.getByRole('region', { name: 'Chức năng của bạn' });
    expect(
      within(sections).getByRole('link', { name: 'Tiếp nhận phản ánh' }).getAttribute('href'),
    ).toBe('/t/khanh-hoa/can-bo/hop-thu');
    expect(within(sections).queryByText('Chưa có trong phiên bản này')).toBeNull();
  });

  it('sends a visitor who is not signed in to the sign-in page', () => {
    renderHome(null);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trang đăng nhập');
  });
});
