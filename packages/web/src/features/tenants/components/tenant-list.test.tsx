import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../testing/axe';
import { fakeFetch, jsonResponse, renderPage } from '../../../testing/render';
import { TenantList } from './tenant-list';

const TENANTS = [
  { code: 'vinh-long', name: 'Tỉnh Vĩnh Long', profileId: 'vinh-long-2020' },
  { code: 'khanh-hoa', name: 'Tỉnh Khánh Hòa', profileId: 'khanh-hoa-2022' },
  { code: 'can-tho', name: 'Thành phố Cần Thơ', profileId: 'soc-trang-2024' },
  { code: 'phu-tho', name: 'Tỉnh Phú Thọ', profileId: 'hoa-binh-1022' },
];

function renderList() {
  return renderPage(
    <>
      <h2 id="chooser-title">Chọn tỉnh, thành phố</h2>
      <TenantList labelledBy="chooser-title" />
    </>,
  );
}

describe('TenantList', () => {
  it('lists the provinces in Vietnamese order, each a link to its pages', async () => {
    const network = fakeFetch(() => jsonResponse(200, { items: TENANTS }));
    vi.stubGlobal('fetch', network.fetch);
    const { container } = renderList();

    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    const list = await screen.findByRole('list', { name: 'Chọn tỉnh, thành phố' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Thành phố Cần Thơ',
      'Tỉnh Khánh Hòa',
      'Tỉnh Phú Thọ',
      'Tỉnh Vĩnh Long',
    ]);
    expect(links[1]?.getAttribute('href')).toBe('/t/khanh-hoa');
    expect(network.calls.map((call) => call.url)).toEqual(['/api/tenants']);
    await expectNoAxeViolations(container);
  });

  it('says when no province is set up', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => jsonResponse(200, { items: [] })).fetch);
    renderList();

    expect(await screen.findByText('Chưa có tỉnh, thành phố nào được cấu hình.')).toBeTruthy();
  });

  it('shows the failure with its reference and tries again on request', async () => {
    let attempts = 0;
    const network = fakeFetch(() => {
      attempts += 1;
      return attempts === 1
        ? jsonResponse(500, {
            code: 'INTERNAL',
            message: {
              vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
              en: 'Something went wrong. Please try again later.',
            },
            requestId: 'req-42',
          })
        : jsonResponse(200, { items: TENANTS.slice(0, 1) });
    });
    vi.stubGlobal('fetch', network.fetch);
    renderList();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Đã có lỗi xảy ra. Vui lòng thử lại sau.')).toBeTruthy();
    expect(within(alert).getByText('Mã tra cứu lỗi: req-42')).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));

    expect(await screen.findByRole('link', { name: 'Tỉnh Vĩnh Long' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
