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
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('staff sign-in', () => {
  it('an administrator chooses Khánh Hòa, signs in and sees the organisation tree', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Tỉnh Khánh Hòa' }).click();
    await page.waitForURL(`${baseUrl}/t/khanh-hoa`);
    await page.getByRole('link', { name: 'Đăng nhập cán bộ' }).click();
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);

    await submitSignIn(page, 'admin', DEMO_PASSWORD);

    await page.waitForURL(`${baseUrl}/t/khanh-hoa/can-bo`);
    const profile = page.getByRole('region', { name: 'Thông tin tài khoản' });
    expect(await profile.getByRole('listitem').allTextContents()).toEqual(['Quản trị hệ thống']);
    await page
      .getByRole('navigation', { name: 'Điều hướng cán bộ' })
      .getByRole('link', { name: 'Quản trị' })
      .click();

    await page.waitForURL(`${baseUrl}/t/khanh-hoa/quan-tri`);
    await page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' }).waitFor();
    const tree = page.getByRole('list', { name: 'Sơ đồ cơ cấu tổ chức' });
    await tree.waitFor();
    const committee = tree
      .locator(':scope > li')
      .filter({ hasText: 'Ủy ban nhân dân tỉnh Khánh Hòa' });
    expect(await committee.count()).toBe(1);
    // Departments sit inside the committee's own list, one level down.
    expect(
      await committee
        .locator(':scope > ul > li')
        .filter({ hasText: 'Sở Xây dựng tỉnh Khánh Hòa' })
        .count(),
    ).toBe(1);
    await page.getByRole('table', { name: 'Tài khoản cán bộ' }).getByText('tiepnhan2').waitFor();
    await page.getByRole('table', { name: 'Lĩnh vực phản ánh' }).waitFor();
    await context.close();
  });

  it('a wrong password shows the Vietnamese message, in a summary that takes focus', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await page.goto(`${baseUrl}/t/khanh-hoa/dang-nhap`);

    await submitSignIn(page, 'giamsat', 'khong-dung-2026');

    expect(await errorSummaryText(page)).toBe(
      'Vui lòng kiểm tra lại Tên đăng nhập hoặc mật khẩu không đúng.',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.getByLabel('Mật khẩu', { exact: true }).inputValue()).toBe('');
    expect(page.url()).toBe(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('repeated failures lock the account and say for how long', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}/t/khanh-hoa/dang-nhap`);

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitSignIn(page, 'yt.chuyenvien', `sai-lan-${attempt}`);
    }
    expect(await errorSummaryText(page, 'Tài khoản tạm thời bị khóa')).toBe(
      'Vui lòng kiểm tra lại Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau. Bạn có thể thử lại sau khoảng 15 phút.',
    );

    // Even the right password is refused while the lock holds.
    await submitSignIn(page, 'yt.chuyenvien', DEMO_PASSWORD);
    expect(await errorSummaryText(page)).toContain('Tài khoản tạm thời bị khóa');
    expect(page.url()).toBe(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await context.close();
  });

  it('an operator is refused the administration page, and so is their API call', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, baseUrl, 'khanh-hoa', 'tiepnhan');

    const nav = page.getByRole('navigation', { name: 'Điều hướng cán bộ' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Trang cán bộ',
      'Hộp thư công việc',
      'Đổi mật khẩu',
    ]);
    await page.goto(`${baseUrl}/t/khanh-hoa/quan-tri`);

    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page
      .getByText('Vai trò của tài khoản bạn: Nhân sự tiếp nhận / điện thoại viên.')
      .waitFor();
    expect(await page.getByRole('list', { name: 'Sơ đồ cơ cấu tổ chức' }).count()).toBe(0);
    const status = await page.evaluate(async () => {
      const response = await fetch('/t/khanh-hoa/api/users', { credentials: 'same-origin' });
      return response.status;
    });
    expect(status).toBe(403);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('a leader signs in with the keyboard alone and sees who they are and their sections', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await page.goto(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Bỏ qua, đến nội dung chính',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-username');
    await page.keyboard.type('khcn.lanhdao');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${baseUrl}/t/khanh-hoa/can-bo`);
    const profile = page.getByRole('region', { name: 'Thông tin tài khoản' });
    await profile.getByText('Cán bộ lãnh đạo').waitFor();
    await profile.getByText('Sở Khoa học và Công nghệ tỉnh Khánh Hòa').waitFor();
    const sections = page.getByRole('region', { name: 'Chức năng của bạn' });
    expect(
      await sections
        .locator('.section-list__title')
        .evaluateAll((titles) => titles.map((title) => title.firstChild?.textContent?.trim())),
    ).toEqual(['Duyệt kết quả xử lý', 'Giám sát, thống kê']);
    await context.close();
  });

  it('signing out returns to sign-in and the staff pages are closed', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, baseUrl, 'khanh-hoa', 'giamsat');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await page.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);

    await page.goto(`${baseUrl}/t/khanh-hoa/can-bo`);
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();
    const session = await page.evaluate(async () => {
      const response = await fetch('/t/khanh-hoa/api/auth/session');
      return response.status;
    });
    expect(session).toBe(401);

    // Signing in again goes back to where the user was heading.
    await page.goto(`${baseUrl}/t/khanh-hoa/can-bo/doi-mat-khau`);
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await submitSignIn(page, 'giamsat', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/can-bo/doi-mat-khau`);
    await context.close();
  });
});
