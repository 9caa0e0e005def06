import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { startServer } from './support/server';
import type { RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('home page', () => {
  it('shows the portal in Vietnamese', async () => {
    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Phản ánh hiện trường',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });
});
