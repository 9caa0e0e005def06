import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { DESKTOP, PHONE, errorSummaryText, fitsWidth, openPage, signIn } from './support/journeys';

const baseUrl = inject('baseUrl');
const PHONE_NUMBER = '0912 345 678';
const TITLE = 'Ổ gà lớn trước số 12 đường Trần Phú';
let browser: Browser;
/** The tracking code the citizen receives; the later journeys follow this report. */
let trackingCode = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await fitsWidth(page)).toBe(true);
}

/** Yesterday at 19:30 in Viet Nam, as a `datetime-local` input takes it. */
function yesterdayEvening(): string {
  const vietnam = new Date(Date.now() + 7 * 3_600_000 - 24 * 3_600_000);
  return `${vietnam.toISOString().slice(0, 10)}T19:30`;
}

describe('a citizen’s report, from submission to distribution', () => {
  it('a citizen submits a report on Khánh Hòa and sees the tracking code', async () => {
    const { context, page } = await openPage(browser, PHONE, {
      geolocation: { latitude: 12.2387911, longitude: 109.1967488, accuracy: 15 },
      permissions: ['geolocation'],
    });
    await page.goto(`${baseUrl}/t/khanh-hoa`);
    await page.getByRole('link', { name: /^Gửi phản ánh/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi phản ánh' }).waitFor();

    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    expect(await errorSummaryText(page)).toContain('Tiêu đề: Trường này là bắt buộc.');
    await expectAccessible(page);

    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page
      .getByLabel('Nội dung')
      .fill('Mặt đường có ổ gà sâu khoảng 20 cm, xe máy đi ban đêm rất dễ bị ngã.');
    await page
      .getByLabel('Địa chỉ nơi xảy ra sự việc')
      .fill('Trước số 12 Trần Phú, phường Nha Trang');
    await page.getByRole('button', { name: 'Dùng vị trí hiện tại của tôi' }).click();
    await page.getByText('Đã lấy vị trí: vĩ độ 12,238791, kinh độ 109,196749.').waitFor();
    await page.getByLabel('Thời điểm xảy ra sự việc').fill(yesterdayEvening());
    await page.getByLabel('Họ và tên (hoặc tên tổ chức)').fill('Nguyễn Thị Lan');
    await page.getByLabel('Số điện thoại').fill(PHONE_NUMBER);
    await page.getByLabel('Địa chỉ liên hệ').fill('12 Trần Phú, phường Nha Trang');
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/t/khanh-hoa/api/reports')),
      page.getByRole('button', { name: 'Gửi phản ánh' }).click(),
    ]);

    expect(response.status()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toBeTruthy();
    await page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor();
    trackingCode = (await page.locator('.receipt__code').innerText()).trim();
    expect(trackingCode).toMatch(/^\d{6}-[0-9A-Z]{8}$/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đã gửi phản ánh');
    await expectAccessible(page);
    await context.close();
  });

  it('looks it up publicly, then privately with the phone number', async () => {
    expect(trackingCode).not.toBe('');
    const { context, page } = await openPage(browser, PHONE);
    await page.goto(`${baseUrl}/t/khanh-hoa`);
    await page.getByRole('link', { name: /^Tra cứu phản ánh/ }).click();
    await page.getByLabel('Mã số phản ánh').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();

    await page.waitForURL(`${baseUrl}/t/khanh-hoa/tra-cuu/${trackingCode}`);
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await page.getByText('Đã gửi, chờ tiếp nhận').waitFor();
    expect(await page.getByText('Nguyễn Thị Lan').count()).toBe(0);
    await expectAccessible(page);

    await page.getByLabel('Số điện thoại đã khai khi gửi').fill('0912 000 000');
    await page.getByRole('button', { name: 'Xem chi tiết' }).click();
    expect(await errorSummaryText(page, 'không khớp')).toContain(
      'Mã số và số điện thoại không khớp với phản ánh nào.',
    );
    await page.getByLabel('Số điện thoại đã khai khi gửi').fill(PHONE_NUMBER);
    await page.getByRole('button', { name: 'Xem chi tiết' }).click();

    await page.getByRole('heading', { name: 'Chi tiết dành cho người phản ánh' }).waitFor();
    await page.getByText('Nguyễn Thị Lan').waitFor();
    await page.getByText('Hiện không có việc gì bạn cần làm thêm với phản ánh này.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the operator finds it in the inbox, opens its page and distributes it to an agency', async () => {
    expect(trackingCode).not.toBe('');
    const { context, page } = await openPage(browser, DESKTOP);
    await signIn(page, baseUrl, 'khanh-hoa', 'tiepnhan');
    await page
      .getByRole('navigation', { name: 'Điều hướng cán bộ' })
      .getByRole('link', { name: 'Hộp thư công việc' })
      .click();
    // The inbox searches titles and texts (not tracking codes), without regard to diacritics.
    await page.getByLabel('Tìm theo tiêu đề hoặc nội dung').fill('o ga lon truoc so 12');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByRole('link', { name: `${trackingCode} ${TITLE}` }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const deadlines = page.getByRole('region', { name: 'Thời hạn đang chạy' });
    expect(await deadlines.getByText('Tiếp nhận, phân loại').count()).toBe(1);
    expect(await deadlines.innerText()).toMatch(/Hạn: \d{2}:\d{2} .+ \(GMT\+7\)/);
    await page.getByRole('list', { name: 'Quá trình xử lý' }).waitFor();
    await expectAccessible(page);

    const reporter = page.getByRole('region', { name: 'Người phản ánh' });
    await reporter.getByRole('button', { name: 'Xem thông tin người phản ánh' }).click();
    await reporter.getByText('Nguyễn Thị Lan').waitFor();

    const actions = page.getByRole('region', { name: 'Thao tác' });
    await actions.getByRole('button', { name: 'Chuyển xử lý' }).click();
    const form = actions.getByRole('form', { name: 'Chuyển xử lý' });
    await form
      .getByLabel('Cơ quan chủ trì xử lý')
      .selectOption({ label: 'Sở Xây dựng tỉnh Khánh Hòa' });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Chuyển xử lý' }).click();

    await actions.getByText('Đã thực hiện: Chuyển xử lý.').waitFor();
    await page.getByRole('region', { name: 'Thông tin chung' }).getByText('Đang xử lý').waitFor();
    const agencies = page.getByRole('region', { name: 'Cơ quan xử lý' });
    await agencies.getByText('Sở Xây dựng tỉnh Khánh Hòa').waitFor();
    await page
      .getByRole('list', { name: 'Quá trình xử lý' })
      .getByText('Chuyển cơ quan xử lý')
      .waitFor();
    await page.setViewportSize(PHONE);
    await expectAccessible(page);

    // The citizen's public page now says where the report is.
    await page.goto(`${baseUrl}/t/khanh-hoa/tra-cuu/${trackingCode}`);
    await page.getByText('Đang xử lý').first().waitFor();
    await context.close();
  });
});
