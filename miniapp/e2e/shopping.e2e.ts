import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { createWelcomeCoupon, loginMarketer } from './support/shop-api';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The demo shop has no coupons: a marketer starts a welcome pack before our buyer first logs in.
  await createWelcomeCoupon(shopUrl, await loginMarketer(shopUrl));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('a new member searches, picks a SKU, checks out for delivery with the welcome coupon and pays on the cashier', async ({ task }) => {
  page = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(page, task.name)}`);
  });
  const shop = storefront(page, shopUrl);

  await shop.login(`e2e-${Date.now()}`);

  await shop.search('纯棉');
  await shop.byTestId('product-card').filter({ hasText: '重磅纯棉圆领T恤' }).click();
  await expect.poll(() => shop.byTestId('product-title').textContent()).toBe('重磅纯棉圆领T恤');

  // Add to cart: the sheet asks for a colour first.
  await shop.byTestId('add-to-cart').click();
  await expect.poll(() => shop.byTestId('sku-confirm').textContent()).toContain('请选择');
  await shop.byTestId('spec-颜色-墨黑').click();
  await expect.poll(() => shop.byTestId('sku-stock').textContent()).toMatch(/库存 \d+ 件/);
  await shop.byTestId('sku-confirm').click();
  await page.getByText('已加入购物车').waitFor();

  await shop.open('/pages/cart/index');
  await expect.poll(() => shop.byTestId('cart-line').count()).toBe(1);
  await expect.poll(() => shop.byTestId('cart-total').textContent()).toBe('¥159.00');
  await shop.byTestId('cart-checkout').click();

  // First order: no address yet, so add one from the checkout.
  await page.waitForURL(/checkout/);
  await shop.byTestId('checkout-address').click();
  await shop.addAddress({ recipientName: '测试买家', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 568 号' });
  await page.waitForURL(/checkout/);
  await shop.byTestId('checkout-address').filter({ hasText: '测试买家' }).waitFor();

  // The welcome coupon is picked as the best one; the breakdown is the server's preview.
  await expect.poll(() => shop.byTestId('coupon-summary').textContent()).toContain('已选 1 张，省¥20.00');
  const breakdown = await shop.byTestId('price-breakdown').textContent();
  expect(breakdown).toContain('商品金额¥159.00');
  expect(breakdown).toContain('-¥20.00');
  expect(breakdown).toContain('运费¥0.00');
  await expect.poll(() => shop.byTestId('checkout-total').textContent()).toBe('¥139.00');

  // A double tap makes one order (the button locks, the key is the same).
  await shop.byTestId('submit-order').dblclick();

  // The emulator's cashier stands in for WeChat's pay sheet.
  await page.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await expect(page.locator('.amount').textContent()).resolves.toContain('139.00');
  await page.locator('#pay').click();

  await page.waitForURL(/pay-result/, { timeout: 15_000 });
  await shop.byTestId('pay-success').waitFor({ timeout: 30_000 });

  await shop.byTestId('view-order').click();
  await page.waitForURL(/trade\/order\/index/);
  await expect.poll(() => shop.byTestId('order-status').textContent()).toBe('待发货');
  await expect.poll(() => shop.byTestId('order-total').textContent()).toBe('¥139.00');

  // Exactly one order was made.
  await shop.open('/packages/trade/orders/index');
  await expect.poll(() => shop.byTestId('order-card').count()).toBe(1);
});
