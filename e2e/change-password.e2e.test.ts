import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import {
  DEMO_PASSWORD,
  PHONE,
  errorSummaryText,
  fitsWidth,
  openPage,
  signIn,
  submitSignIn,
} from './support/journeys';

const baseUrl = inject('baseUrl');
const NEW_PASSWORD = 'Nha Trang 2026 mới';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('change password', () => {
  it('an operator changes their password, then signs in with the new one only', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, baseUrl, 'khanh-hoa', 'tiepnhan2');
    await page
      .getByRole('navigation', { name: 'Điều hướng cán bộ' })
      .getByRole('link', { name: 'Đổi mật khẩu' })
      .click();
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/can-bo/doi-mat-khau`);
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();

    // The rule ticks while typing.
    const newPassword = page.getByLabel('Mật khẩu mới', { exact: true });
    await newPassword.fill('tiepnhan2-2026');
    await page.getByText('không chứa tên đăng nhập (tiepnhan2) (chưa đạt)').waitFor();
    await newPassword.fill(NEW_PASSWORD);
    await page.getByText('không chứa tên đăng nhập (tiepnhan2) (đã đạt)').waitFor();

    // A wrong current password: the server's answer shows beside that field.
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill('khong-phai-mat-khau-1');
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    expect(await errorSummaryText(page, 'Mật khẩu hiện tại')).toBe(
      'Vui lòng kiểm tra lại Mật khẩu hiện tại không đúng.',
    );
    expect(
      await page.getByLabel('Mật khẩu hiện tại', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');

    // A repeat that does not match is caught before the server is asked.
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    expect(await errorSummaryText(page, 'không khớp')).toBe(
      'Vui lòng kiểm tra lại Mật khẩu nhập lại không khớp với mật khẩu mới.',
    );

    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    await page
      .getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.')
      .waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);

    await submitSignIn(page, 'tiepnhan2', DEMO_PASSWORD);
    expect(await errorSummaryText(page)).toBe(
      'Vui lòng kiểm tra lại Tên đăng nhập hoặc mật khẩu không đúng.',
    );

    await submitSignIn(page, 'tiepnhan2', NEW_PASSWORD);
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/can-bo`);
    await page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
    await context.close();
  });

  it('ends the user’s other sessions when the password changes', async () => {
    const first = await openPage(browser);
    const second = await openPage(browser);
    await signIn(first.page, baseUrl, 'khanh-hoa', 'vp.chuyenvien');
    await signIn(second.page, baseUrl, 'khanh-hoa', 'vp.chuyenvien');

    await first.page.goto(`${baseUrl}/t/khanh-hoa/can-bo/doi-mat-khau`);
    await first.page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(DEMO_PASSWORD);
    await first.page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await first.page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await first.page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    await first.page.getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();

    // The other device is sent to sign in on its next page load.
    await second.page.reload();
    await second.page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    // The device that made the change stays signed in.
    await first.page.goto(`${baseUrl}/t/khanh-hoa/can-bo`);
    await first.page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
    await first.context.close();
    await second.context.close();
  });
});
