import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../lib/auth';
import { expectNoAxeViolations } from '../../testing/axe';
import {
  TEST_TENANT,
  fakeFetch,
  jsonResponse,
  renderTenantPage,
  testSession,
} from '../../testing/render';
import { AdministrationRoute } from './administration';

const ORG_UNITS = [
  {
    id: '10000000-0000-4000-8000-000000000001',
    code: 'ubnd',
    name: 'Ủy ban nhân dân tỉnh Khánh Hòa',
    shortName: 'UBND tỉnh',
    kind: 'provincial_committee',
    parentId: null,
    contact: { phone: '0258 0000 101' },
    calendarCode: null,
    isActive: true,
  },
  {
    id: '10000000-0000-4000-8000-000000000002',
    code: 'so-xay-dung',
    name: 'Sở Xây dựng tỉnh Khánh Hòa',
    shortName: null,
    kind: 'department',
    parentId: '10000000-0000-4000-8000-000000000001',
    contact: null,
    calendarCode: null,
    isActive: true,
  },
];
const USERS = [
  {
    id: '20000000-0000-4000-8000-000000000001',
    username: 'xd.lanhdao',
    displayName: 'Hồ Văn Tâm',
    email: null,
    phone: null,
    roles: ['leader'],
    orgUnitId: '10000000-0000-4000-8000-000000000002',
    orgUnitName: 'Sở Xây dựng tỉnh Khánh Hòa',
    isActive: true,
    isLocked: false,
    lastSignInAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];
const FIELDS = [
  {
    id: '30000000-0000-4000-8000-000000000001',
    code: 'giao-thong',
    name: 'Giao thông - Vận tải',
    nameEn: 'Traffic and transport',
    defaultAgencyId: '10000000-0000-4000-8000-000000000002',
    fastTrack: null,
    isActive: true,
  },
];

function serverAnswers() {
  return fakeFetch(({ url }) => {
    if (url.includes('/api/org-units')) {
      return jsonResponse(200, { items: ORG_UNITS });
    }
    if (url.includes('/api/users')) {
      return jsonResponse(200, { items: USERS });
    }
    if (url.includes('/api/fields')) {
      return jsonResponse(200, { items: FIELDS });
    }
    return jsonResponse(404, { code: 'NOT_FOUND' });
  });
}

function renderRoute(roles: Parameters<typeof testSession>[0]) {
  const network = serverAnswers();
  const result = renderTenantPage(
    <RequireSession>
      <AdministrationRoute />
    </RequireSession>,
    { fetchFn: network.fetch, session: testSession(roles) },
  );
  return { ...result, network };
}

describe('AdministrationRoute', () => {
  it('shows an administrator the organisation tree, the accounts and the fields', async () => {
    const { container } = renderRoute({ roles: ['admin'] });

    expect(screen.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' })).toBeTruthy();
    const tree = await screen.findByRole('list', { name: 'Sơ đồ cơ cấu tổ chức' });
    const committee = within(tree).getByText('Ủy ban nhân dân tỉnh Khánh Hòa').closest('li');
    expect(within(committee as HTMLElement).getByText('Sở Xây dựng tỉnh Khánh Hòa')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cơ cấu tổ chức (2 mục)' })).toBeTruthy();

    const accounts = await screen.findByRole('table', { name: 'Tài khoản cán bộ' });
    const row = within(accounts).getByText('Hồ Văn Tâm').closest('tr') as HTMLElement;
    expect(within(row).getByText('Cán bộ lãnh đạo')).toBeTruthy();
    expect(within(row).getByText('Sở Xây dựng tỉnh Khánh Hòa')).toBeTruthy();
    expect(within(row).getByText('Chưa đăng nhập')).toBeTruthy();

    const fields = await screen.findByRole('table', { name: 'Lĩnh vực phản ánh' });
    expect(within(fields).getByText('Giao thông - Vận tải')).toBeTruthy();
    expect(document.title).toBe(`Quản trị hệ thống — ${TEST_TENANT.name}`);
    await expectNoAxeViolations(container);
  });

  it('tells an operator plainly that the page is not theirs, without asking the server', async () => {
    const { network, container } = renderRoute({ username: 'tiepnhan', roles: ['operator'] });

    expect(screen.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    expect(
      screen.getByText(
        'Trang quản trị chỉ dành cho tài khoản có vai trò Quản trị hệ thống. Nếu bạn cần truy cập, hãy liên hệ quản trị hệ thống của tỉnh, thành phố.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Vai trò của tài khoản bạn: Nhân sự tiếp nhận / điện thoại viên.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Về trang cán bộ' }).getAttribute('href')).toBe(
      '/t/khanh-hoa/can-bo',
    );
    expect(screen.queryByRole('list', { name: 'Sơ đồ cơ cấu tổ chức' })).toBeNull();
    expect(document.title).toBe(`Không có quyền truy cập — ${TEST_TENANT.name}`);
    expect(network.calls).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('refuses supervisors too: the page is for administrators only', () => {
    renderRoute({ username: 'giamsat', roles: ['supervisor'] });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Không có quyền truy cập');
  });
});
