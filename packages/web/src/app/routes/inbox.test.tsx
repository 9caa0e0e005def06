import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../lib/auth';
import { expectNoAxeViolations } from '../../testing/axe';
import { fakeFetch, jsonResponse, renderTenantPage, testSession } from '../../testing/render';
import { InboxRoute } from './inbox';

function item(overrides: Record<string, unknown>) {
  return {
    kind: 'report',
    state: 'submitted',
    isMine: true,
    report: {
      id: 'b05eb5ac-39ad-463a-9d14-5d9b6a193c3a',
      trackingCode: '261123-DENDQCZS',
      title: 'Ổ gà trên đường Trần Phú',
      state: 'submitted',
      channel: 'web',
      receivedAt: '2026-11-23T03:15:00.000Z',
      isConfidential: false,
      isStateSecret: false,
      version: 1,
    },
    assignment: null,
    deadline: {
      step: 'intake',
      unitId: 'ioc',
      startedAt: '2026-11-23T03:15:00.000Z',
      dueAt: '2026-11-24T04:30:00.000Z',
      state: 'overdue',
      remainingWorkingMinutes: 0,
      isExtended: false,
    },
    ...overrides,
  };
}

const PAGE = {
  perspective: { kind: 'intake_center', unitId: 'ioc' },
  items: [
    item({}),
    item({
      state: 'returned_to_intake',
      isMine: false,
      report: {
        id: 'c0a80101-0000-4000-8000-000000000002',
        trackingCode: '261122-QZTERDZC',
        title: 'Đèn đường không sáng',
        state: 'returned_to_intake',
        channel: 'hotline',
        receivedAt: '2026-11-22T03:15:00.000Z',
        isConfidential: true,
        isStateSecret: false,
        version: 4,
      },
      deadline: null,
    }),
  ],
  nextCursor: 'next-page',
  counts: { total: 3, overdue: 1, byState: { submitted: 2, returned_to_intake: 1 } },
};

function Search() {
  return <p data-testid="search">{useLocation().search}</p>;
}

function renderInbox() {
  const network = fakeFetch(({ url }) =>
    url.includes('cursor=next-page')
      ? jsonResponse(200, {
          ...PAGE,
          items: [
            item({
              report: { ...PAGE.items[0]?.report, id: 'third', trackingCode: '261121-THIRD234' },
            }),
          ],
          nextCursor: null,
        })
      : jsonResponse(200, PAGE),
  );
  const result = renderTenantPage(
    <Routes>
      <Route
        path="/t/:tenantCode/can-bo/hop-thu"
        element={
          <RequireSession>
            <InboxRoute />
            <Search />
          </RequireSession>
        }
      />
    </Routes>,
    {
      fetchFn: network.fetch,
      session: testSession({ username: 'tiepnhan', roles: ['operator'] }),
      initialEntries: ['/t/khanh-hoa/can-bo/hop-thu'],
    },
  );
  return { ...result, network };
}

describe('InboxRoute', () => {
  it('lists what waits, nearest deadline first, each a link to its report', async () => {
    const { container } = renderInbox();

    const list = await screen.findByRole('list', { name: 'Danh sách phản ánh đang chờ' });
    const [first, second] = within(list).getAllByRole('listitem');
    const link = within(first as HTMLElement).getByRole('link');
    expect(link.textContent).toBe('261123-DENDQCZS Ổ gà trên đường Trần Phú');
    expect(link.getAttribute('href')).toBe(
      '/t/khanh-hoa/can-bo/phan-anh/b05eb5ac-39ad-463a-9d14-5d9b6a193c3a',
    );
    expect(within(first as HTMLElement).getByText('Quá hạn')).toBeTruthy();
    expect(within(first as HTMLElement).getByText('Việc của bạn')).toBeTruthy();
    expect(within(second as HTMLElement).getByText('Việc của đơn vị')).toBeTruthy();
    expect(within(second as HTMLElement).getByText('Không có thời hạn đang chạy')).toBeTruthy();
    expect(screen.getByText('3 phản ánh đang chờ, 1 quá hạn.')).toBeTruthy();
    expect(document.title).toBe('Hộp thư công việc — Tỉnh Khánh Hòa');
    await expectNoAxeViolations(container);
  });

  it('filters through the address and pages on', async () => {
    const { network } = renderInbox();
    await screen.findByRole('list', { name: 'Danh sách phản ánh đang chờ' });

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('261121-THIRD234', { exact: false })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tìm theo tiêu đề hoặc nội dung'), {
      target: { value: 'Trần Phú' },
    });
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'submitted' } });
    fireEvent.click(screen.getByLabelText('Chỉ phản ánh quá hạn'));
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));

    await waitFor(() =>
      expect(screen.getByTestId('search').textContent).toBe(
        '?q=Tr%E1%BA%A7n+Ph%C3%BA&trang-thai=submitted&qua-han=1',
      ),
    );
    await waitFor(() =>
      expect(network.calls.at(-1)?.url).toBe(
        '/t/khanh-hoa/api/inbox?limit=25&q=Tr%E1%BA%A7n+Ph%C3%BA&state=submitted&overdue=true',
      ),
    );
  });
});
