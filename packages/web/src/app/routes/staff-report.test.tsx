import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../lib/auth';
import { expectNoAxeViolations } from '../../testing/axe';
import { fakeFetch, jsonResponse, renderTenantPage, testSession } from '../../testing/render';
import type { RecordedCall } from '../../testing/render';
import { StaffReportRoute } from './staff-report';

const REPORT_ID = 'b05eb5ac-39ad-463a-9d14-5d9b6a193c3a';
const IOC = '05c5fdc0-847e-4416-85d3-8892b2ba7476';
const XAY_DUNG = '5f848498-cf12-4227-b490-e94ace4d2c7c';
const Y_TE = 'd1fde42c-9e22-4a9e-b24c-011064d17f75';

const ORG_UNITS = [
  {
    id: IOC,
    code: 'ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Khánh Hòa',
    shortName: null,
    kind: 'intake_center',
    parentId: null,
    contact: null,
    isActive: true,
  },
  {
    id: XAY_DUNG,
    code: 'so-xay-dung',
    name: 'Sở Xây dựng tỉnh Khánh Hòa',
    shortName: null,
    kind: 'department',
    parentId: null,
    contact: null,
    isActive: true,
  },
  {
    id: Y_TE,
    code: 'so-y-te',
    name: 'Sở Y tế tỉnh Khánh Hòa',
    shortName: null,
    kind: 'department',
    parentId: null,
    contact: null,
    isActive: true,
  },
];

const FIELDS = [
  {
    id: 'f1',
    code: 'giao-thong',
    name: 'Giao thông - Vận tải',
    nameEn: 'Traffic and transport',
    defaultAgencyId: XAY_DUNG,
    fastTrack: null,
    isActive: true,
  },
];

function staffReport(overrides: Record<string, unknown> = {}) {
  return {
    id: REPORT_ID,
    trackingCode: '261123-DENDQCZS',
    version: 1,
    state: 'submitted',
    channel: 'web',
    kind: 'report',
    title: 'Ổ gà trên đường Trần Phú',
    content: 'Đường Trần Phú có ổ gà rất lớn.',
    contentOriginal: 'Duong Tran Phu co o ga rat lon.',
    isContentEdited: true,
    location: { latitude: 12.24, longitude: 109.19, address: 'Trước số 12 Trần Phú', areaId: null },
    fieldId: null,
    priority: 'normal',
    track: 'normal',
    receivedAt: '2026-11-23T03:15:00.000Z',
    incidentAt: '2026-11-22T01:00:00.000Z',
    isConfidential: false,
    isStateSecret: false,
    publication: null,
    intakeCenterId: IOC,
    leadAgencyId: null,
    dueAt: '2026-11-24T04:30:00.000Z',
    isOverdue: true,
    answer: null,
    answeredAt: null,
    publishedAt: null,
    rating: null,
    assignments: [],
    deadlines: [
      {
        id: `${REPORT_ID}/d1`,
        step: 'intake',
        assignmentId: null,
        unitId: IOC,
        startedAt: '2026-11-23T03:15:00.000Z',
        dueAt: '2020-11-24T04:30:00.000Z',
        overdueAt: '2020-11-24T04:30:00.000Z',
        isExtended: false,
        article: 'Khánh Hòa Điều 6.3; Phụ lục II Bước 1',
      },
    ],
    availableActions: [
      { action: 'request_information', assignmentId: null },
      { action: 'reject', assignmentId: null },
      { action: 'accept_intake', assignmentId: null },
      { action: 'distribute', assignmentId: null },
    ],
    ...overrides,
  };
}

const EVENTS = [
  {
    seq: 1,
    type: 'report.submitted',
    occurredAt: '2026-11-23T03:15:00.000Z',
    actorKind: 'reporter',
    actorUserId: null,
    actorRole: null,
    actorUnitId: null,
    fromState: null,
    toState: null,
    reason: null,
    payload: {},
    isPublic: true,
  },
  {
    seq: 2,
    type: 'report.content_edited',
    occurredAt: '2026-11-23T03:20:00.000Z',
    actorKind: 'staff',
    actorUserId: 'u1',
    actorRole: 'operator',
    actorUnitId: IOC,
    fromState: null,
    toState: null,
    reason: null,
    payload: { contentBefore: 'x', contentAfter: 'y' },
    isPublic: false,
  },
];

const REPORTER = {
  name: 'Nguyễn Thị Lan',
  phone: '0912345678',
  email: null,
  address: '12 Trần Phú, Nha Trang',
  citizenId: null,
  language: 'vi',
  consentPublicIdentity: false,
  consentDataProcessing: false,
  isIdentityHidden: false,
};

type Answer = (call: RecordedCall) => Response | undefined;

function renderReport(
  answer: Answer = () => undefined,
  roles: Parameters<typeof testSession>[0] = {},
) {
  const network = fakeFetch((call) => {
    const custom = answer(call);
    if (custom) {
      return custom;
    }
    const { url } = call;
    if (url.endsWith('/events')) {
      return jsonResponse(200, { items: EVENTS });
    }
    if (url.endsWith('/reporter')) {
      return jsonResponse(200, REPORTER);
    }
    if (url.includes('/api/org-units')) {
      return jsonResponse(200, { items: ORG_UNITS });
    }
    if (url.includes('/api/fields')) {
      return jsonResponse(200, { items: FIELDS });
    }
    if (url.endsWith(`/api/reports/${REPORT_ID}`)) {
      return jsonResponse(200, staffReport());
    }
    return jsonResponse(404, { code: 'NOT_FOUND' });
  });
  const session = testSession({
    username: 'tiepnhan',
    displayName: 'Lê Hoàng Nam',
    roles: ['operator'],
    orgUnit: { id: IOC, name: ORG_UNITS[0]?.name ?? '', kind: 'intake_center' },
    ...roles,
  });
  const result = renderTenantPage(
    <Routes>
      <Route
        path="/t/:tenantCode/can-bo/phan-anh/:reportId"
        element={
          <RequireSession>
            <StaffReportRoute />
          </RequireSession>
        }
      />
    </Routes>,
    {
      fetchFn: network.fetch,
      session,
      initialEntries: [`/t/khanh-hoa/can-bo/phan-anh/${REPORT_ID}`],
    },
  );
  return { ...result, network };
}

function actionCalls(calls: RecordedCall[]): RecordedCall[] {
  return calls.filter(({ url }) => url.endsWith('/actions'));
}

describe('StaffReportRoute', () => {
  it('shows the header, the overdue deadline in Viet Nam time, the edit and the history', async () => {
    const { container, network } = renderReport();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ổ gà trên đường Trần Phú' }),
    ).toBeTruthy();
    expect(screen.getByText('Mã số 261123-DENDQCZS')).toBeTruthy();
    expect(document.title).toBe('Phản ánh 261123-DENDQCZS — Tỉnh Khánh Hòa');
    const summary = screen.getByRole('region', { name: 'Thông tin chung' });
    expect(within(summary).getByText('Đã gửi, chờ tiếp nhận')).toBeTruthy();
    expect(within(summary).getByText('Cổng thông tin')).toBeTruthy();

    const deadlines = screen.getByRole('region', { name: 'Thời hạn đang chạy' });
    const intake = within(deadlines).getByRole('listitem');
    expect(intake.className).toContain('deadline--overdue');
    expect(within(intake).getByText('Tiếp nhận, phân loại', { exact: false })).toBeTruthy();
    expect(within(intake).getByText('Quá hạn')).toBeTruthy();
    expect(within(intake).getByText('Hạn: 11:30 Thứ 3, 24/11/2020 (GMT+7)')).toBeTruthy();

    const content = screen.getByRole('region', { name: 'Nội dung phản ánh' });
    expect(
      within(content).getByText('Đường Trần Phú có ổ gà rất lớn.', { selector: '.report-text' }),
    ).toBeTruthy();
    fireEvent.click(within(content).getByText('Xem bản gốc và phần thay đổi'));
    expect(content.querySelector('del')?.textContent).toBe(
      '[đã bỏ] Duong Tran Phu co o ga rat lon.',
    );
    expect(content.querySelector('ins')?.textContent).toBe(
      '[đã thêm] Đường Trần Phú có ổ gà rất lớn.',
    );

    const timeline = await screen.findByRole('list', { name: 'Quá trình xử lý' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Phản ánh được gửi');
    expect(items[0]?.textContent).toContain('Người phản ánh');
    expect(items[1]?.textContent).toContain('Biên tập nội dung');
    expect(items[1]?.textContent).toContain('Nội bộ');
    expect(items[1]?.textContent).toContain('Nhân sự tiếp nhận / điện thoại viên');
    expect(network.calls.some(({ url }) => url.endsWith('/reporter'))).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('reads the reporter’s identity only on an explicit click (each read is audited)', async () => {
    const { network } = renderReport();
    const section = await screen.findByRole('region', { name: 'Người phản ánh' });

    fireEvent.click(within(section).getByRole('button', { name: 'Xem thông tin người phản ánh' }));

    expect(await within(section).findByText('Nguyễn Thị Lan')).toBeTruthy();
    expect(within(section).getByText('0912345678')).toBeTruthy();
    expect(network.calls.filter(({ url }) => url.endsWith('/reporter'))).toHaveLength(1);
    fireEvent.click(within(section).getByRole('button', { name: 'Ẩn thông tin người phản ánh' }));
    await waitFor(() => expect(within(section).queryByText('Nguyễn Thị Lan')).toBeNull());
  });

  it('distributes to an agency: the field suggests its agency, the page shows the new state', async () => {
    const distributed = staffReport({
      version: 2,
      state: 'in_progress',
      leadAgencyId: XAY_DUNG,
      assignments: [
        {
          id: `${REPORT_ID}/a2`,
          agencyId: XAY_DUNG,
          role: 'lead',
          state: 'pending',
          receivedAt: '2026-11-23T04:00:00.000Z',
          acceptedAt: null,
          extensionCount: 0,
          reappointmentCount: 0,
        },
      ],
      availableActions: [{ action: 'mark_state_secret', assignmentId: null }],
    });
    const { network, container } = renderReport((call) =>
      call.url.endsWith('/actions') ? jsonResponse(200, distributed) : undefined,
    );
    const panel = await screen.findByRole('region', { name: 'Thao tác' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Chuyển xử lý' }));
    const form = within(panel).getByRole('form', { name: 'Chuyển xử lý' });
    await expectNoAxeViolations(container);
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển xử lý' }));
    expect(within(form).getByRole('alert').textContent).toContain(
      'Vui lòng chọn “Cơ quan chủ trì xử lý”.',
    );
    expect(actionCalls(network.calls)).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Lĩnh vực (không bắt buộc)'), {
      target: { value: 'giao-thong' },
    });
    const lead = within(form).getByLabelText<HTMLSelectElement>('Cơ quan chủ trì xử lý');
    expect(lead.value).toBe(XAY_DUNG);
    expect(within(lead).queryByRole('option', { name: ORG_UNITS[0]?.name })).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển xử lý' }));

    expect(await within(panel).findByText('Đã thực hiện: Chuyển xử lý.')).toBeTruthy();
    const call = actionCalls(network.calls)[0];
    expect(new Headers(call?.init.headers).get('x-csrf-token')).toBe('csrf-test-token');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      action: 'distribute',
      version: 1,
      input: { fieldCode: 'giao-thong', leadAgencyId: XAY_DUNG },
    });
    const agencies = screen.getByRole('region', { name: 'Cơ quan xử lý' });
    expect(within(agencies).getByText('Sở Xây dựng tỉnh Khánh Hòa')).toBeTruthy();
    expect(within(agencies).getByText('Cơ quan chủ trì')).toBeTruthy();
    expect(screen.getByText('Đang xử lý')).toBeTruthy();
    await waitFor(() =>
      expect(network.calls.filter(({ url }) => url.endsWith('/events')).length).toBe(2),
    );
  });

  it('asks for the reason and explanation of a rejection, and the original of a duplicate', async () => {
    const { network } = renderReport((call) =>
      call.url.endsWith('/duplicate-candidates')
        ? jsonResponse(200, {
            reportId: REPORT_ID,
            settings: {},
            items: [
              {
                id: 'c0a80101-0000-4000-8000-000000000001',
                trackingCode: '261120-XYZ23456',
                title: 'Ổ gà đường Trần Phú',
                state: 'in_progress',
              },
            ],
          })
        : undefined,
    );
    const panel = await screen.findByRole('region', { name: 'Thao tác' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    const form = within(panel).getByRole('form', { name: 'Từ chối tiếp nhận' });

    fireEvent.click(within(form).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    expect(
      within(within(form).getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Vui lòng chọn “Lý do từ chối”.', 'Vui lòng điền “Giải thích”.']);

    fireEvent.click(within(form).getByLabelText('Trùng với phản ánh đã có'));
    const original = await within(form).findByRole('option', {
      name: '261120-XYZ23456 — Ổ gà đường Trần Phú (Đang xử lý)',
    });
    fireEvent.change(within(form).getByLabelText('Trùng với phản ánh'), {
      target: { value: original.getAttribute('value') },
    });
    fireEvent.change(within(form).getByLabelText('Giải thích'), {
      target: { value: 'Phản ánh này trùng với phản ánh 261120-XYZ23456.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Từ chối tiếp nhận' }));

    await waitFor(() => expect(actionCalls(network.calls)).toHaveLength(1));
    expect(JSON.parse(String(actionCalls(network.calls)[0]?.init.body))).toEqual({
      action: 'reject',
      version: 1,
      input: {
        reason: 'duplicate',
        duplicateOf: 'c0a80101-0000-4000-8000-000000000001',
        explanation: 'Phản ánh này trùng với phản ánh 261120-XYZ23456.',
      },
    });
  });

  it('on a 409 says the report changed and reloads it', async () => {
    let reads = 0;
    const { network } = renderReport((call) => {
      if (call.url.endsWith('/actions')) {
        return jsonResponse(409, {
          code: 'VERSION_CONFLICT',
          message: {
            vi: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
            en: 'Someone else changed this in the meantime. Please reload and try again.',
          },
        });
      }
      if (call.url.endsWith(`/api/reports/${REPORT_ID}`)) {
        reads += 1;
        return jsonResponse(
          200,
          reads === 1
            ? staffReport()
            : staffReport({
                version: 2,
                state: 'awaiting_information',
                availableActions: [{ action: 'reject', assignmentId: null }],
              }),
        );
      }
      return undefined;
    });
    const panel = await screen.findByRole('region', { name: 'Thao tác' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Yêu cầu bổ sung thông tin' }));
    fireEvent.change(within(panel).getByLabelText('Nội dung cần người phản ánh bổ sung'), {
      target: { value: 'Vui lòng cho biết ổ gà ở làn đường nào.' },
    });
    fireEvent.click(
      within(within(panel).getByRole('form')).getByRole('button', {
        name: 'Yêu cầu bổ sung thông tin',
      }),
    );

    expect(
      await within(panel).findByText(
        'Phản ánh vừa được người khác thay đổi. Trang đã tải lại thông tin mới nhất; vui lòng kiểm tra rồi thực hiện lại.',
        { selector: '.alert' },
      ),
    ).toBeTruthy();
    expect(await screen.findByText('Chờ bổ sung thông tin')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Yêu cầu bổ sung thông tin' })).toBeNull();
    expect(JSON.parse(String(actionCalls(network.calls)[0]?.init.body))).toMatchObject({
      action: 'request_information',
      version: 1,
    });
  });

  it('lets the intake operator edit the text before distribution, keeping the original', async () => {
    const { network } = renderReport((call) =>
      call.url.endsWith('/content')
        ? jsonResponse(200, staffReport({ version: 2, content: 'Đường Trần Phú có ổ gà lớn.' }))
        : undefined,
    );
    const content = await screen.findByRole('region', { name: 'Nội dung phản ánh' });

    fireEvent.click(within(content).getByRole('button', { name: 'Biên tập nội dung' }));
    fireEvent.change(within(content).getByLabelText('Nội dung'), {
      target: { value: 'Đường Trần Phú có ổ gà lớn.' },
    });
    fireEvent.click(within(content).getByRole('button', { name: 'Lưu nội dung' }));

    expect(await within(content).findByText('Đã lưu nội dung đã biên tập.')).toBeTruthy();
    const call = network.calls.find(({ url }) => url.endsWith('/content'));
    expect(call?.init.method).toBe('PATCH');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      version: 1,
      title: 'Ổ gà trên đường Trần Phú',
      content: 'Đường Trần Phú có ổ gà lớn.',
    });
  });

  it('does not offer the reporter’s identity to an administrator', async () => {
    renderReport(undefined, { username: 'admin', roles: ['admin'], orgUnit: null });

    await screen.findByRole('heading', { level: 1, name: 'Ổ gà trên đường Trần Phú' });
    expect(screen.queryByRole('region', { name: 'Người phản ánh' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Biên tập nội dung' })).toBeNull();
  });
});
