import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** The demo password of every demo account (README "Demo data"). */
export const DEMO_PASSWORD = 'PahtDemo2026';

/** A cheap phone's screen, and a laptop's. */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * A fresh browser context (own cookies and storage) and page, in Vietnamese as a visitor sees it;
 * `options` adds what a journey needs (a granted geolocation, say).
 */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Fills in and sends the sign-in form of the page that is open; waits for the server's answer. */
export async function submitSignIn(page: Page, username: string, password: string) {
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in')),
    page.getByRole('button', { name: 'Đăng nhập', exact: true }).click(),
  ]);
}

/** Signs in through the tenant's sign-in page and waits for the staff home. */
export async function signIn(
  page: Page,
  baseUrl: string,
  tenantCode: string,
  username: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(`${baseUrl}/t/${tenantCode}/dang-nhap`);
  await submitSignIn(page, username, password);
  await page.waitForURL(`${baseUrl}/t/${tenantCode}/can-bo`);
  await page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
}

/**
 * The text of the form's error summary, once it shows and (when given) says `containing`: a
 * summary from an earlier attempt may still be on screen while the new answer arrives.
 */
export async function errorSummaryText(page: Page, containing?: string): Promise<string> {
  const summary = page.locator('.error-summary', containing ? { hasText: containing } : {});
  await summary.waitFor();
  return (await summary.innerText()).replace(/\s+/g, ' ').trim();
}

/** Whether the page can be read without scrolling sideways (a 360 px phone). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}
