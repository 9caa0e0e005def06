import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../testing/axe';
import { fakeFetch, jsonResponse, renderTenantPage, testSession } from '../../testing/render';
import { TenantHomeRoute } from './tenant-home';

describe('TenantHomeRoute', () => {
  it('leads citizens to send and track reports, and staff to sign in', async () => {
    const network = fakeFetch(() => jsonResponse(401, { code: 'UNAUTHENTICATED' }));
    const { container } = renderTenantPage(<TenantHomeRoute />, {
      fetchFn: network.fetch,
      session: null,
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phản ánh hiện trường');
    expect(
      screen.getByText(
        'Phạm vi tiếp nhận: Phản ánh, kiến nghị về kinh tế - xã hội; không gồm khiếu nại, tố cáo.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Gửi phản ánh/ }).getAttribute('href')).toBe(
      '/t/khanh-hoa/gui-phan-anh',
    );
    expect(screen.getByRole('link', { name: /^Tra cứu phản ánh/ }).getAttribute('href')).toBe(
      '/t/khanh-hoa/tra-cuu',
    );
    expect(screen.getByRole('link', { name: 'Đăng nhập cán bộ' }).getAttribute('href')).toBe(
      '/t/khanh-hoa/dang-nhap',
    );
    expect(document.title).toBe('Phản ánh hiện trường — Tỉnh Khánh Hòa');
    await expectNoAxeViolations(container);
  });

  it('sends signed-in staff to their own pages', () => {
    const network = fakeFetch(() => jsonResponse(404, {}));
    renderTenantPage(<TenantHomeRoute />, { fetchFn: network.fetch, session: testSession() });

    expect(screen.getByRole('link', { name: 'Vào trang cán bộ' }).getAttribute('href')).toBe(
      '/t/khanh-hoa/can-bo',
    );
  });
});
