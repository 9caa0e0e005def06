import { getProfile } from '@paht/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../testing/axe';
import { TEST_TENANT, fakeFetch, jsonResponse, renderTenantPage } from '../../../testing/render';
import { SubmissionForm } from './submission-form';

const KHANH_HOA = getProfile('khanh-hoa-2022');
const SOC_TRANG = getProfile('soc-trang-2024');

const RECEIPT = {
  trackingCode: '261123-ABCD2345',
  state: 'submitted',
  receivedAt: '2026-11-23T03:15:00.000Z',
  trackingUrl: 'http://localhost/t/khanh-hoa/tra-cuu/261123-ABCD2345',
};

function renderForm(
  respond: Parameters<typeof fakeFetch>[0],
  profile = KHANH_HOA,
  language: 'vi' | 'en' = 'vi',
) {
  const network = fakeFetch(respond);
  const result = renderTenantPage(
    <>
      <h1 id="submit-title">Gửi phản ánh</h1>
      <SubmissionForm profile={profile} />
    </>,
    { fetchFn: network.fetch, language },
  );
  return { ...result, network };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillKhanhHoa() {
  type('Tiêu đề', 'Ổ gà lớn trên đường Trần Phú');
  type(
    'Nội dung',
    'Đường Trần Phú đoạn trước số 12 có ổ gà lớn, nguy hiểm cho xe máy vào ban đêm.',
  );
  type('Địa chỉ nơi xảy ra sự việc', 'Trước số 12 Trần Phú, phường Nha Trang');
  type('Thời điểm xảy ra sự việc', '2026-01-05T08:30');
  type('Họ và tên (hoặc tên tổ chức)', 'Nguyễn Thị Lan');
  type('Số điện thoại', '0912 345 678');
  type('Địa chỉ liên hệ', '12 Trần Phú, Nha Trang');
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
}

function summaryLinks(): string[] {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

const originalGeolocation = Object.getOwnPropertyDescriptor(navigator, 'geolocation');

afterEach(() => {
  if (originalGeolocation) {
    Object.defineProperty(navigator, 'geolocation', originalGeolocation);
  } else {
    Reflect.deleteProperty(navigator, 'geolocation');
  }
});

describe('SubmissionForm', () => {
  it('asks what the Khánh Hòa profile requires, and nothing it hides', async () => {
    const { container } = renderForm(() => jsonResponse(500, {}));

    expect(screen.getByRole('group', { name: 'Nội dung phản ánh' })).toBeTruthy();
    expect(screen.getByLabelText('Thư điện tử (không bắt buộc)')).toBeTruthy();
    expect(screen.getByLabelText('Địa chỉ liên hệ')).toBeTruthy();
    expect(screen.queryByLabelText(/Số định danh cá nhân/)).toBeNull();
    expect(screen.getByText(/Viết bằng tiếng Việt có dấu/)).toBeTruthy();
    expect(
      screen.getByText('Họ tên và thông tin liên hệ của bạn không được công khai.'),
    ).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('checks the form with the shared schema, lists every problem and sends nothing', async () => {
    const { network, container } = renderForm(() => jsonResponse(201, RECEIPT));

    type('Nội dung', 'Duong Tran Phu co o ga rat lon, nguy hiem cho xe may.');
    submit();

    const summary = screen.getByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summaryLinks()).toEqual([
      'Tiêu đề: Trường này là bắt buộc.',
      'Nội dung: Vui lòng viết nội dung bằng tiếng Việt có dấu.',
      'Địa chỉ nơi xảy ra sự việc: Vui lòng cho biết địa điểm (chọn trên bản đồ hoặc nhập địa chỉ).',
      'Thời điểm xảy ra sự việc: Trường này là bắt buộc.',
      'Họ và tên (hoặc tên tổ chức): Trường này là bắt buộc.',
      'Số điện thoại: Trường này là bắt buộc.',
      'Địa chỉ liên hệ: Trường này là bắt buộc.',
    ]);
    const content = screen.getByLabelText('Nội dung');
    expect(content.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('report-content-error')?.textContent).toBe(
      'Vui lòng viết nội dung bằng tiếng Việt có dấu.',
    );
    expect(network.calls).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('asks Khánh Hòa reporters for a mobile number (Điều 5.3)', () => {
    renderForm(() => jsonResponse(201, RECEIPT));
    fillKhanhHoa();
    type('Số điện thoại', '0258 3822 000');

    submit();

    expect(summaryLinks()).toEqual([
      'Số điện thoại: Vui lòng nhập số điện thoại di động (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).',
    ]);
  });

  it('sends the report once, with one Idempotency-Key for every attempt, and shows the code', async () => {
    let attempts = 0;
    const { network } = renderForm(() => {
      attempts += 1;
      if (attempts === 1) {
        throw new TypeError('Failed to fetch');
      }
      return jsonResponse(201, RECEIPT);
    });
    fillKhanhHoa();

    submit();

    // A lost answer is retried by itself after a second, with the same key.
    const heading = await screen.findByRole(
      'heading',
      { name: 'Đã gửi phản ánh' },
      { timeout: 3000 },
    );
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('261123-ABCD2345')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem tình trạng phản ánh' }).getAttribute('href')).toBe(
      `/t/${TEST_TENANT.code}/tra-cuu/261123-ABCD2345`,
    );
    // The first attempt was lost on the network; the retry carries the same key.
    expect(network.calls).toHaveLength(2);
    const keys = network.calls.map((call) => new Headers(call.init.headers).get('idempotency-key'));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    const call = network.calls[1];
    expect(call?.url).toBe(`/t/${TEST_TENANT.code}/api/reports`);
    expect(JSON.parse(String(call?.init.body))).toEqual({
      reporter: {
        language: 'vi',
        name: 'Nguyễn Thị Lan',
        phone: '0912 345 678',
        address: '12 Trần Phú, Nha Trang',
      },
      consent: { publicIdentity: false, dataProcessing: false },
      isConfidential: false,
      isIdentityHidden: false,
      kind: 'report',
      channel: 'web',
      title: 'Ổ gà lớn trên đường Trần Phú',
      content: 'Đường Trần Phú đoạn trước số 12 có ổ gà lớn, nguy hiểm cho xe máy vào ban đêm.',
      location: { address: 'Trước số 12 Trần Phú, phường Nha Trang' },
      incidentAt: '2026-01-05T01:30:00.000Z',
    });
  });

  it('keeps the key when the reporter tries again, and takes a new one for a changed report', async () => {
    const { network } = renderForm(() =>
      jsonResponse(503, {
        code: 'NOT_READY',
        message: { vi: 'Hệ thống đang bận.', en: 'The system is busy.' },
      }),
    );
    fillKhanhHoa();

    submit();
    await screen.findByText('Hệ thống đang bận.');
    submit();
    await waitFor(() => expect(network.calls).toHaveLength(2));
    type('Tiêu đề', 'Ổ gà rất lớn trên đường Trần Phú');
    submit();
    await waitFor(() => expect(network.calls).toHaveLength(3));

    const keys = network.calls.map((call) => new Headers(call.init.headers).get('idempotency-key'));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('shows the server’s field errors beside their fields', async () => {
    const { network } = renderForm(() =>
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        message: {
          vi: 'Dữ liệu gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
          en: 'Some fields are not valid. Please check the fields listed.',
        },
        errors: [
          {
            path: 'body.reporter.phone',
            code: 'phone.invalid',
            message: { vi: 'Số điện thoại không dùng được.', en: 'This phone cannot be used.' },
          },
        ],
      }),
    );
    fillKhanhHoa();

    submit();

    await waitFor(() =>
      expect(summaryLinks()).toEqual(['Số điện thoại: Số điện thoại không dùng được.']),
    );
    expect(document.getElementById('reporter-phone-error')?.textContent).toBe(
      'Số điện thoại không dùng được.',
    );
    expect(network.calls).toHaveLength(1);
  });

  it('adds the device position only when asked, and sends it with the address', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (success: PositionCallback) =>
          success({
            coords: { latitude: 12.2387911, longitude: 109.1967488, accuracy: 12.4 },
            timestamp: 0,
          } as GeolocationPosition),
      },
    });
    const { network } = renderForm(() => jsonResponse(201, RECEIPT));
    fillKhanhHoa();

    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại của tôi' }));

    expect(
      screen.getByText('Đã lấy vị trí: vĩ độ 12,238791, kinh độ 109,196749.', { exact: false }),
    ).toBeTruthy();
    expect(screen.getByText(/Sai số khoảng 12 m/)).toBeTruthy();
    submit();
    await screen.findByRole('heading', { name: 'Đã gửi phản ánh' });
    expect(JSON.parse(String(network.calls[0]?.init.body)).location).toEqual({
      address: 'Trước số 12 Trần Phú, phường Nha Trang',
      latitude: 12.238791,
      longitude: 109.196749,
    });
  });

  it('says so when the position may not be read', () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (_success: PositionCallback, failure: PositionErrorCallback) =>
          failure({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError),
      },
    });
    renderForm(() => jsonResponse(201, RECEIPT));

    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại của tôi' }));

    expect(
      screen.getByText('Bạn chưa cho phép lấy vị trí. Bạn vẫn có thể gửi phản ánh với địa chỉ.'),
    ).toBeTruthy();
  });

  it('asks Sóc Trăng reporters for consent and their citizen ID (Điều 4.5)', async () => {
    const { container } = renderForm(() => jsonResponse(201, RECEIPT), SOC_TRANG);

    expect(screen.getByLabelText('Số định danh cá nhân (số căn cước)')).toBeTruthy();
    expect(
      screen.getByLabelText(
        'Tôi đồng ý hiển thị họ tên của mình cùng phản ánh trên trang công khai (không bắt buộc)',
      ),
    ).toBeTruthy();
    type('Tiêu đề', 'Rác thải tồn đọng');
    type('Nội dung', 'Rác thải tồn đọng nhiều ngày ở đầu hẻm 12, bốc mùi hôi thối.');
    type('Địa chỉ nơi xảy ra sự việc', 'Hẻm 12 đường Lê Lợi, phường Sóc Trăng');
    type('Họ và tên (hoặc tên tổ chức)', 'Lý Văn Tài');
    type('Số điện thoại', '0299 3822 000');
    type('Địa chỉ liên hệ', '12 Lê Lợi, Sóc Trăng');
    submit();

    expect(summaryLinks()).toContain('Số định danh cá nhân (số căn cước): Trường này là bắt buộc.');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .some((link) => link.textContent?.startsWith('Bạn cần đồng ý')),
    ).toBe(true);
    await expectNoAxeViolations(container);
  });

  it('speaks English to an English reader, with the same rules', () => {
    renderForm(() => jsonResponse(201, RECEIPT), KHANH_HOA, 'en');

    fireEvent.click(screen.getByRole('button', { name: 'Send the report' }));

    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent)[0],
    ).toBe('Title: This field is required.');
    expect(screen.getByLabelText<HTMLSelectElement>('Language of the answer').value).toBe('en');
  });
});
