import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { DESKTOP, PHONE, fitsWidth, openPage, signIn, submitSignIn } from './support/journeys';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every screen must pass axe and fit a 360 px phone without sideways scrolling. */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await fitsWidth(page)).toBe(true);
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('accessibility on a %s', (_name, viewport) => {
  it('the chooser and the sign-in form, with its errors', async () => {
    const { context, page } = await openPage(browser, viewport);
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Tỉnh Khánh Hòa' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page);

    await submitSignIn(page, 'khcn.chuyenvien', 'khong-dung-2026');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the staff pages of an administrator', async () => {
    const { context, page } = await openPage(browser, viewport);
    await signIn(page, baseUrl, 'khanh-hoa', 'admin');
    await expectAccessible(page);

    await page.goto(`${baseUrl}/t/khanh-hoa/quan-tri`);
    await page.getByRole('table', { name: 'Lĩnh vực phản ánh' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl}/t/khanh-hoa/can-bo/doi-mat-khau`);
    await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the refusal an operator sees', async () => {
    const { context, page } = await openPage(browser, viewport);
    await signIn(page, baseUrl, 'khanh-hoa', 'tiepnhan');
    await page.goto(`${baseUrl}/t/khanh-hoa/quan-tri`);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
