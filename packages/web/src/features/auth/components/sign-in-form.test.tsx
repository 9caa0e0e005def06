import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../lib/query-keys';
import { expectNoAxeViolations } from '../../../testing/axe';
import {
  TEST_TENANT,
  fakeFetch,
  jsonResponse,
  renderTenantPage,
  testSession,
} from '../../../testing/render';
import { SignInForm } from './sign-in-form';

const INVALID_CREDENTIALS = {
  type: 'https://paht.vn/problems/invalid-credentials',
  title: 'Invalid credentials',
  status: 401,
  detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  code: 'INVALID_CREDENTIALS',
  message: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The user name or password is not correct.',
  },
  requestId: 'req-1',
};

const ACCOUNT_LOCKED = {
  type: 'https://paht.vn/problems/account-locked',
  title: 'Account locked',
  status: 423,
  code: 'ACCOUNT_LOCKED',
  message: {
    vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again later.',
  },
  retryAfterSeconds: 840,
  requestId: 'req-2',
};

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('SignInForm', () => {
  it('lists what is missing in a summary that takes focus, and beside each field', async () => {
    const network = fakeFetch(() => jsonResponse(500, {}));
    renderTenantPage(<SignInForm />, { fetchFn: network.fetch, session: null });

    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Vui lòng kiểm tra lại' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Vui lòng nhập tên đăng nhập.',
      'Vui lòng nhập mật khẩu.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const username = screen.getByLabelText('Tên đăng nhập');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Tên đăng nhập', { selector: 'input' })).toBe(username);
    expect(username.getAttribute('aria-describedby')).toBe('sign-in-username-error');
    expect(document.getElementById('sign-in-username-error')?.textContent).toBe(
      'Vui lòng nhập tên đăng nhập.',
    );
    expect(network.calls).toHaveLength(0);

    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByLabelText('Mật khẩu'));
  });

  it('shows the server’s Vietnamese message for a wrong password and clears the password', async () => {
    const network = fakeFetch(() => jsonResponse(401, INVALID_CREDENTIALS));
    const { container } = renderTenantPage(<SignInForm />, {
      fetchFn: network.fetch,
      session: null,
    });

    fillAndSubmit('admin', 'sai-mat-khau');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect((screen.getByLabelText('Mật khẩu') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Tên đăng nhập') as HTMLInputElement).value).toBe('admin');
    expect(network.calls[0]?.url).toBe(`/t/${TEST_TENANT.code}/api/auth/sign-in`);
    expect(JSON.parse(String(network.calls[0]?.init.body))).toEqual({
      username: 'admin',
      password: 'sai-mat-khau',
    });
    await expectNoAxeViolations(container);
  });

  it('shows the same refusal in English when the user chose English', async () => {
    const network = fakeFetch(() => jsonResponse(401, INVALID_CREDENTIALS));
    renderTenantPage(<SignInForm />, { fetchFn: network.fetch, session: null, language: 'en' });

    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('The user name or password is not correct.')).toBeTruthy();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  });

  it('explains a lockout and when to try again', async () => {
    const network = fakeFetch(() => jsonResponse(423, ACCOUNT_LOCKED));
    renderTenantPage(<SignInForm />, { fetchFn: network.fetch, session: null });

    fillAndSubmit('tiepnhan', 'sai-mat-khau');

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau. Bạn có thể thử lại sau khoảng 14 phút.',
    );
  });

  it('says so when the server cannot be reached', async () => {
    const network = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    renderTenantPage(<SignInForm />, { fetchFn: network.fetch, session: null });

    fillAndSubmit('admin', 'PahtDemo2026');

    expect(
      await screen.findByText(
        'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
      ),
    ).toBeTruthy();
  });

  it('keeps the session the server opened', async () => {
    const session = testSession();
    const network = fakeFetch(() => jsonResponse(200, session));
    const { queryClient } = renderTenantPage(<SignInForm />, {
      fetchFn: network.fetch,
      session: null,
    });

    fillAndSubmit(' admin ', 'PahtDemo2026');

    await waitFor(() =>
      expect(queryClient.getQueryData(queryKeys.session(TEST_TENANT.code))).toEqual(session),
    );
    expect(JSON.parse(String(network.calls[0]?.init.body))).toEqual({
      username: 'admin',
      password: 'PahtDemo2026',
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
