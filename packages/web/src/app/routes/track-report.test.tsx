import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../testing/axe';
import { fakeFetch, jsonResponse, renderTenantPage } from '../../testing/render';
import type { RecordedCall } from '../../testing/render';
import { TrackRoute } from './track';
import { TrackReportRoute } from './track-report';

const CODE = '261123-ABCD2345';

const PUBLIC_REPORT = {
  trackingCode: CODE,
  title: 'Ổ gà lớn trên đường Trần Phú',
  content: 'Đường Trần Phú đoạn trước số 12 có ổ gà lớn.',
  state: 'answered',
  kind: 'report',
  field: 'Giao thông - Vận tải',
  area: null,
  location: { latitude: 12.24, longitude: 109.19, address: 'Trước số 12 Trần Phú' },
  receivedAt: '2026-11-23T03:15:00.000Z',
  reporterName: null,
  answer: 'Sở Xây dựng đã vá ổ gà ngày 25/11/2026.',
  publishedAt: '2026-11-26T02:00:00.000Z',
  rating: 'very_satisfied',
  timeline: [
    { type: 'report.submitted', occurredAt: '2026-11-23T03:15:00.000Z' },
    { type: 'report.distributed', occurredAt: '2026-11-23T04:00:00.000Z' },
    { type: 'report.published', occurredAt: '2026-11-26T02:00:00.000Z' },
  ],
  attachments: [],
};

function privateReport(overrides: Record<string, unknown> = {}) {
  return {
    trackingCode: CODE,
    version: 3,
    title: 'Ổ gà lớn trên đường Trần Phú',
    content: 'Đường Trần Phú đoạn trước số 12 có ổ gà lớn.',
    state: 'awaiting_information',
    kind: 'report',
    field: null,
    area: null,
    location: { latitude: null, longitude: null, address: 'Trước số 12 Trần Phú' },
    receivedAt: '2026-11-23T03:15:00.000Z',
    reporter: { name: 'Nguyễn Thị Lan', phone: '0912345678', email: null, language: 'vi' },
    isConfidential: true,
    answer: null,
    answeredAt: null,
    rating: null,
    timeline: [
      { type: 'report.submitted', occurredAt: '2026-11-23T03:15:00.000Z', details: {} },
      {
        type: 'report.information_requested',
        occurredAt: '2026-11-23T04:00:00.000Z',
        details: { message: 'Vui lòng cho biết ổ gà ở làn đường nào.' },
      },
    ],
    attachments: [],
    availableActions: ['supplement_information'],
    ...overrides,
  };
}

function renderTracking(
  respond: (call: RecordedCall) => Response,
  path = `/t/khanh-hoa/tra-cuu/${CODE}`,
) {
  const network = fakeFetch(respond);
  const result = renderTenantPage(
    <Routes>
      <Route path="/t/:tenantCode/tra-cuu" element={<TrackRoute />} />
      <Route path="/t/:tenantCode/tra-cuu/:trackingCode" element={<TrackReportRoute />} />
    </Routes>,
    { fetchFn: network.fetch, initialEntries: [path] },
  );
  return { ...result, network };
}

function bodyOf(call: RecordedCall | undefined): unknown {
  return JSON.parse(String(call?.init.body));
}

const NOT_FOUND = { code: 'NOT_FOUND', message: { vi: 'Không tìm thấy.', en: 'Not found.' } };

describe('tracking a report', () => {
  it('goes from a typed code to its page, refusing what is not a code', async () => {
    renderTracking(() => jsonResponse(200, PUBLIC_REPORT), '/t/khanh-hoa/tra-cuu');

    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Vui lòng nhập mã số phản ánh.',
    );
    fireEvent.change(screen.getByLabelText('Mã số phản ánh'), {
      target: { value: ' 261123-abcd2345 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Phản ánh ${CODE}` })).toBeTruthy();
  });

  it('shows anyone the state, text, place, public history and the published answer', async () => {
    const { container, network } = renderTracking(() => jsonResponse(200, PUBLIC_REPORT));

    expect(
      await screen.findByRole('heading', { level: 2, name: PUBLIC_REPORT.title }),
    ).toBeTruthy();
    expect(screen.getByText('Đã có kết quả trả lời')).toBeTruthy();
    expect(screen.getByText('Sở Xây dựng đã vá ổ gà ngày 25/11/2026.')).toBeTruthy();
    expect(screen.getByText('Đánh giá của người phản ánh: Rất hài lòng')).toBeTruthy();
    const timeline = screen.getByRole('list', { name: 'Quá trình xử lý' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.firstElementChild?.textContent),
    ).toEqual(['Phản ánh được gửi', 'Chuyển cơ quan xử lý', 'Công khai kết quả trả lời']);
    expect(screen.getByRole('link', { name: 'Xem trên bản đồ OpenStreetMap' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Nhập số điện thoại để xem chi tiết' }),
    ).toBeTruthy();
    expect(network.calls[0]?.url).toBe(`/t/khanh-hoa/api/public/reports/${CODE}`);
    expect(document.title).toBe(`Phản ánh ${CODE} — Tỉnh Khánh Hòa`);
    await expectNoAxeViolations(container);
  });

  it('says a confidential or unknown code is not public, and still offers the phone form', async () => {
    renderTracking(() => jsonResponse(404, NOT_FOUND));

    expect(await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh' })).toBeTruthy();
    expect(screen.getByLabelText('Số điện thoại đã khai khi gửi')).toBeTruthy();
  });

  it('opens the private view with the phone; a wrong one is said beside the field', async () => {
    const { network, container } = renderTracking(({ url, init }) => {
      if (url.endsWith('/private')) {
        const { phone } = JSON.parse(String(init.body)) as { phone: string };
        return phone === '0912345678'
          ? jsonResponse(200, privateReport())
          : jsonResponse(404, NOT_FOUND);
      }
      return jsonResponse(404, NOT_FOUND);
    });
    await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh' });

    fireEvent.change(screen.getByLabelText('Số điện thoại đã khai khi gửi'), {
      target: { value: '0912000000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi tiết' }));
    expect(
      await screen.findByText(
        'Mã số và số điện thoại không khớp với phản ánh nào. Vui lòng kiểm tra lại số điện thoại.',
        { selector: '.field__error' },
      ),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Số điện thoại đã khai khi gửi'), {
      target: { value: '0912345678' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi tiết' }));

    const heading = await screen.findByRole('heading', {
      name: 'Chi tiết dành cho người phản ánh',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Nguyễn Thị Lan')).toBeTruthy();
    expect(
      screen.getByText('Bạn đã đề nghị giữ bí mật: kết quả chỉ gửi riêng cho bạn.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Nội dung đề nghị: Vui lòng cho biết ổ gà ở làn đường nào.'),
    ).toBeTruthy();
    expect(bodyOf(network.calls.at(-1))).toEqual({ phone: '0912345678' });
    await expectNoAxeViolations(container);
  });

  it('sends more information with the version seen, and confirms it', async () => {
    const { network } = renderTracking(({ url }) => {
      if (url.endsWith('/private')) {
        return jsonResponse(200, privateReport());
      }
      if (url.endsWith('/actions')) {
        return jsonResponse(
          200,
          privateReport({ state: 'submitted', version: 4, availableActions: [] }),
        );
      }
      return jsonResponse(404, NOT_FOUND);
    });
    await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh' });
    fireEvent.change(screen.getByLabelText('Số điện thoại đã khai khi gửi'), {
      target: { value: '0912345678' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi tiết' }));
    await screen.findByRole('heading', { name: 'Cơ quan tiếp nhận đề nghị bạn bổ sung thông tin' });

    fireEvent.click(screen.getByRole('button', { name: 'Gửi thông tin bổ sung' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Vui lòng nhập thông tin bổ sung.',
    );
    fireEvent.change(screen.getByLabelText('Thông tin bổ sung'), {
      target: { value: 'Ổ gà ở làn xe máy, phía bên phải hướng ra biển.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi thông tin bổ sung' }));

    expect(
      await screen.findByText('Đã gửi thông tin bổ sung. Phản ánh của bạn được tiếp nhận lại.'),
    ).toBeTruthy();
    expect(bodyOf(network.calls.at(-1))).toEqual({
      phone: '0912345678',
      action: 'supplement_information',
      version: 3,
      input: { note: 'Ổ gà ở làn xe máy, phía bên phải hướng ra biển.' },
    });
    expect(screen.getByText('Đã gửi, chờ tiếp nhận')).toBeTruthy();
  });

  it('rates the answer on the profile’s scale and asks a follow-up question', async () => {
    const answered = privateReport({
      state: 'answered',
      isConfidential: false,
      answer: 'Đã vá ổ gà.',
      answeredAt: '2026-11-26T02:00:00.000Z',
      availableActions: ['ask_follow_up', 'rate'],
    });
    const { network, container } = renderTracking(({ url, init }) => {
      if (url.endsWith('/private')) {
        return jsonResponse(200, answered);
      }
      if (url.endsWith('/actions')) {
        const { action } = JSON.parse(String(init.body)) as { action: string };
        return action === 'rate'
          ? jsonResponse(200, { ...answered, version: 4, rating: 'satisfied' })
          : jsonResponse(409, {
              code: 'VERSION_CONFLICT',
              message: {
                vi: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
                en: 'Someone else changed this in the meantime. Please reload and try again.',
              },
            });
      }
      return jsonResponse(200, PUBLIC_REPORT);
    });
    await screen.findByRole('heading', { level: 2, name: PUBLIC_REPORT.title });
    fireEvent.change(screen.getByLabelText('Số điện thoại đã khai khi gửi'), {
      target: { value: '0912345678' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi tiết' }));

    const scale = await screen.findByRole('group', {
      name: 'Bạn có hài lòng với kết quả trả lời không?',
    });
    expect(
      within(scale)
        .getAllByRole('radio')
        .map((radio) => radio.nextSibling?.textContent),
    ).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    await expectNoAxeViolations(container);
    fireEvent.click(within(scale).getByLabelText('Hài lòng'));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Cảm ơn bạn đã đánh giá kết quả xử lý.')).toBeTruthy();
    expect(bodyOf(network.calls.at(-1))).toEqual({
      phone: '0912345678',
      action: 'rate',
      version: 3,
      input: { level: 'satisfied' },
    });
    expect(screen.getByText('Đánh giá hiện tại của bạn: Hài lòng.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Nội dung cần làm rõ'), {
      target: { value: 'Khi nào làm lại mặt đường?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị làm rõ' }));
    expect(
      await screen.findByText(
        'Phản ánh vừa được cập nhật. Trang đã hiển thị thông tin mới nhất; vui lòng kiểm tra rồi gửi lại.',
      ),
    ).toBeTruthy();
    // The conflict reloads the private view.
    await waitFor(() =>
      expect(network.calls.filter(({ url }) => url.endsWith('/private')).length).toBe(2),
    );
  });
});
