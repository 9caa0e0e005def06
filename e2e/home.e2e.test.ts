import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { PHONE, fitsWidth, openPage } from './support/journeys';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('shows the province chooser in Vietnamese, on a phone', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await page.goto(baseUrl);

    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('Chọn tỉnh, thành phố — Phản ánh hiện trường');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Phản ánh hiện trường',
    );
    const provinces = page.getByRole('list', { name: 'Chọn tỉnh, thành phố' }).getByRole('link');
    await provinces.first().waitFor();
    expect(await provinces.allTextContents()).toEqual([
      'Thành phố Cần Thơ',
      'Tỉnh Khánh Hòa',
      'Tỉnh Phú Thọ',
      'Tỉnh Quảng Ngãi',
      'Tỉnh Vĩnh Long',
    ]);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('switches to English and remembers it', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(baseUrl);

    await page.getByRole('button', { name: 'English' }).click();

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Choose a province or city',
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Field reports' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phản ánh hiện trường' }).waitFor();
    await context.close();
  });

  it('opens a province’s portal from the chooser, and its staff sign-in from there', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(baseUrl);

    await page.getByRole('link', { name: 'Tỉnh Khánh Hòa' }).click();

    await page.waitForURL(`${baseUrl}/t/khanh-hoa`);
    await page.getByRole('heading', { level: 1, name: 'Phản ánh hiện trường' }).waitFor();
    expect(await page.getByRole('link', { name: /^Gửi phản ánh/ }).getAttribute('href')).toBe(
      '/t/khanh-hoa/gui-phan-anh',
    );
    await page.getByRole('link', { name: 'Đăng nhập cán bộ' }).click();
    await page.waitForURL(`${baseUrl}/t/khanh-hoa/dang-nhap`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ' }).waitFor();
    expect(await page.locator('.site-header__tenant').textContent()).toBe('Tỉnh Khánh Hòa');
    await context.close();
  });

  it('says plainly when an address names no province', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}/t/khong-co-tinh-nay/dang-nhap`);

    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy tỉnh, thành phố' }).waitFor();
    await context.close();
  });
});
