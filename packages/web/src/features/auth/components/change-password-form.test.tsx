import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../testing/axe';
import {
  TEST_TENANT,
  fakeFetch,
  jsonResponse,
  renderTenantPage,
  testSession,
} from '../../../testing/render';
import { ChangePasswordForm } from './change-password-form';

const session = testSession({ username: 'tiepnhan', displayName: 'Lê Hoàng Nam' });

function renderForm(respond: Parameters<typeof fakeFetch>[0]) {
  const network = fakeFetch(respond);
  const result = renderTenantPage(
    <>
      <h1 id="password-title">Đổi mật khẩu</h1>
      <ChangePasswordForm username="tiepnhan" />
    </>,
    { fetchFn: network.fetch, session },
  );
  return { ...result, network };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
}

/** The rule's line in the checklist, with its spoken state ("đã đạt" / "chưa đạt"). */
function rule(text: string): string {
  const item = screen.getByText(text, { exact: false }).closest('li');
  return item?.textContent?.replace(/^[✓○]/, '').trim() ?? '';
}

describe('ChangePasswordForm', () => {
  it('shows the password rule as a checklist that ticks while typing', async () => {
    const { container } = renderForm(() => jsonResponse(500, {}));

    expect(screen.getByText('Mật khẩu mới cần:')).toBeTruthy();
    expect(rule('có ít nhất 10 ký tự')).toBe('có ít nhất 10 ký tự (chưa đạt)');
    expect(rule('có cả chữ và số')).toBe('có cả chữ và số (chưa đạt)');
    expect(rule('không chứa tên đăng nhập')).toBe('không chứa tên đăng nhập (tiepnhan) (chưa đạt)');

    type('Mật khẩu mới', 'matkhau');
    expect(rule('có ít nhất 10 ký tự')).toBe('có ít nhất 10 ký tự (chưa đạt)');
    expect(rule('có cả chữ và số')).toBe('có cả chữ và số (chưa đạt)');
    expect(rule('không chứa tên đăng nhập')).toBe('không chứa tên đăng nhập (tiepnhan) (đã đạt)');

    type('Mật khẩu mới', 'tiepnhan2026');
    expect(rule('có ít nhất 10 ký tự')).toBe('có ít nhất 10 ký tự (đã đạt)');
    expect(rule('có cả chữ và số')).toBe('có cả chữ và số (đã đạt)');
    expect(rule('không chứa tên đăng nhập')).toBe('không chứa tên đăng nhập (tiepnhan) (chưa đạt)');

    // The checklist is the field's description, so it is read with the field.
    const field = screen.getByLabelText('Mật khẩu mới');
    const hintId = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toContain('Mật khẩu mới cần:');
    await expectNoAxeViolations(container);
  });

  it('refuses a repeated password that does not match, before asking the server', async () => {
    const { network } = renderForm(() => jsonResponse(204, null));

    type('Mật khẩu hiện tại', 'PahtDemo2026');
    type('Mật khẩu mới', 'KhanhHoa2026moi');
    type('Nhập lại mật khẩu mới', 'KhanhHoa2026mo');
    submit();

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Mật khẩu nhập lại không khớp với mật khẩu mới.']);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByLabelText('Nhập lại mật khẩu mới').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(network.calls).toHaveLength(0);
  });

  it('lists every missing or weak field at once', () => {
    renderForm(() => jsonResponse(204, null));

    type('Mật khẩu mới', 'ngan1');
    submit();

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Vui lòng nhập mật khẩu hiện tại.',
      'Mật khẩu phải có ít nhất 10 ký tự.',
      'Vui lòng nhập lại mật khẩu mới.',
    ]);
  });

  it('shows the server’s refusal beside the field it concerns', async () => {
    const { network } = renderForm(() =>
      jsonResponse(401, {
        type: 'https://paht.vn/problems/invalid-credentials',
        status: 401,
        code: 'INVALID_CREDENTIALS',
        message: {
          vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
          en: 'The user name or password is not correct.',
        },
        errors: [
          {
            path: 'body.currentPassword',
            code: 'invalid_credentials',
            message: {
              vi: 'Mật khẩu hiện tại không đúng.',
              en: 'The current password is not correct.',
            },
          },
        ],
        requestId: 'req-3',
      }),
    );

    type('Mật khẩu hiện tại', 'nham-mat-khau');
    type('Mật khẩu mới', 'KhanhHoa2026moi');
    type('Nhập lại mật khẩu mới', 'KhanhHoa2026moi');
    submit();

    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(summary).getByRole('link').textContent).toBe('Mật khẩu hiện tại không đúng.'),
    );
    const current = screen.getByLabelText('Mật khẩu hiện tại');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('password-current-error')?.textContent).toBe(
      'Mật khẩu hiện tại không đúng.',
    );
    const call = network.calls[0];
    expect(call?.url).toBe(`/t/${TEST_TENANT.code}/api/auth/password`);
    expect(new Headers(call?.init.headers).get('x-csrf-token')).toBe('csrf-test-token');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      currentPassword: 'nham-mat-khau',
      newPassword: 'KhanhHoa2026moi',
    });
  });

  it('confirms the change and empties the form', async () => {
    renderForm(() => new Response(null, { status: 204 }));

    type('Mật khẩu hiện tại', 'PahtDemo2026');
    type('Mật khẩu mới', 'KhanhHoa2026moi');
    type('Nhập lại mật khẩu mới', 'KhanhHoa2026moi');
    submit();

    const success = await screen.findByText(
      'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
    );
    await waitFor(() => expect(document.activeElement).toBe(success));
    expect((screen.getByLabelText('Mật khẩu mới') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
