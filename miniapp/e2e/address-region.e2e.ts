import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('a member adds an address from 收货地址: saving without a region asks for one, 浙江省 → 杭州市 → 西湖区 is picked in the sheet, and editing reopens it there', async ({ task }) => {
  page = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(page, task.name)}`);
  });
  const shop = storefront(page, shopUrl);
  await shop.login(`e2e-region-${Date.now()}`);

  // 我的 → 收货地址 → 新增收货地址
  await page.locator('.me__entry').filter({ hasText: '收货地址' }).click();
  await page.waitForURL(/packages\/trade\/addresses/);
  await shop.byTestId('add-address').click();
  await page.waitForURL(/packages\/trade\/address-edit/);

  await shop.byTestId('address-recipientName').locator('input').fill('钱女士');
  await shop.byTestId('address-phone').locator('input').fill('13800138000');
  await shop.byTestId('address-detail').locator('input').fill('文三路 90 号');
  await shop.byTestId('save-address').click();
  await page.getByText('请选择所在地区', { exact: true }).waitFor();
  expect(page.url()).toMatch(/address-edit/);

  // The sheet: the province list first, its cities, then the districts; the district closes it.
  await shop.byTestId('address-region').click();
  await expect.poll(() => shop.byTestId('region-tab-0').textContent()).toBe('省份');
  await shop.byTestId('region-option').getByText('浙江省', { exact: true }).click();
  await expect.poll(() => shop.byTestId('region-tab-0').textContent()).toBe('浙江省');
  await expect.poll(() => shop.byTestId('region-option').allTextContents()).toEqual(expect.arrayContaining(['杭州市', '宁波市']));
  await shop.byTestId('region-option').getByText('杭州市', { exact: true }).click();
  await expect.poll(() => shop.byTestId('region-option').allTextContents()).toEqual(expect.arrayContaining(['西湖区', '余杭区']));
  await shop.byTestId('region-option').getByText('西湖区', { exact: true }).click();
  await shop.byTestId('region-sheet').waitFor({ state: 'detached' });
  await expect.poll(() => shop.byTestId('address-region').textContent()).toContain('浙江省 杭州市 西湖区');

  await shop.byTestId('save-address').click();
  await page.waitForURL(/packages\/trade\/addresses/);
  const card = shop.byTestId('address-card').filter({ hasText: '钱女士' });
  // The address card writes the region without spaces (AddressText).
  await expect.poll(() => card.textContent()).toContain('浙江省杭州市西湖区 文三路 90 号');

  // 编辑: the sheet opens on the saved district.
  await card.getByText('编辑', { exact: true }).click();
  await page.waitForURL(/packages\/trade\/address-edit/);
  await expect.poll(() => shop.byTestId('address-region').textContent()).toContain('浙江省 杭州市 西湖区');
  await shop.byTestId('address-region').click();
  const tabTexts = () => Promise.all([0, 1, 2].map((n) => shop.byTestId(`region-tab-${n}`).textContent()));
  await expect.poll(tabTexts).toEqual(['浙江省', '杭州市', '西湖区']);
  await expect.poll(() => page.locator('[data-testid="region-option"].region-sheet__option--on').textContent()).toBe('西湖区');
});
