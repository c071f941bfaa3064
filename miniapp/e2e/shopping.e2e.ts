import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { grantPoints, memberIdOf } from './support/shop-api';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function newShopper(taskName: string) {
  page = await phonePage(browser);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  onTestFailed(async () => {
    if (failures.length) console.log(`failed requests and page errors:\n${failures.join('\n')}`);
    console.log(`screenshot: ${await saveScreenshot(page, taskName)}`);
  });
  return storefront(page, shopUrl);
}

/** The emulator's cashier stands in for WeChat's pay sheet; 确认支付 sends the browser back. */
async function payOnCashier(amount: string) {
  await page.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await expect(page.locator('.amount').textContent()).resolves.toContain(amount);
  await page.locator('#pay').click();
  await page.waitForURL(/pay-result/, { timeout: 15_000 });
  await page.locator('[data-testid="pay-success"]').waitFor({ timeout: 30_000 });
}

it('a new member searches, picks a SKU, checks out for delivery with the welcome coupon and pays on the cashier', async ({ task }) => {
  const shop = await newShopper(task.name);

  await shop.login(`e2e-${Date.now()}`);

  await shop.search('纯棉');
  await shop.byTestId('product-card').filter({ hasText: '重磅纯棉圆领T恤' }).click();
  await expect.poll(() => shop.byTestId('product-title').textContent()).toBe('重磅纯棉圆领T恤');
  // The member's price after the welcome coupon, priced on the phone with the shared engine.
  await expect.poll(() => shop.byTestId('product-offer').textContent()).toContain('券后 ¥139.00 起 · 新人券 满99减20');

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

  // The demo welcome pack (新人券 满99减20, 新人包邮券): the best one is picked; delivery is free
  // anyway, so the picker lists the shipping coupon as unusable with the server's reason.
  await expect.poll(() => shop.byTestId('coupon-summary').textContent()).toContain('已选 1 张，省¥20.00');
  await shop.byTestId('checkout-coupons').click();
  await expect.poll(() => shop.byTestId('coupon-sheet').textContent()).toMatch(/可用优惠券（1）.*新人券 满99减20.*不可用优惠券（1）.*新人包邮券/);
  await shop.byTestId('coupon-done').click();
  const breakdown = await shop.byTestId('price-breakdown').textContent();
  expect(breakdown).toContain('商品金额¥159.00');
  expect(breakdown).toContain('-¥20.00');
  expect(breakdown).toContain('运费¥0.00');
  await expect.poll(() => shop.byTestId('checkout-total').textContent()).toBe('¥139.00');

  // A double tap makes one order (the button locks, the key is the same).
  await shop.byTestId('submit-order').dblclick();

  await payOnCashier('139.00');

  await shop.byTestId('view-order').click();
  await page.waitForURL(/trade\/order\/index/);
  await expect.poll(() => shop.byTestId('order-status').textContent()).toBe('待发货');
  await expect.poll(() => shop.byTestId('order-total').textContent()).toBe('¥139.00');

  // Exactly one order was made.
  await shop.open('/packages/trade/orders/index');
  await expect.poll(() => shop.byTestId('order-card').count()).toBe(1);
});

it('a member buys now for pickup at a store, pays partly with points and gets the pickup code', async ({ task }) => {
  const shop = await newShopper(task.name);
  const name = `e2e-pickup-${Date.now()}`;
  await shop.login(name);
  await grantPoints(shopUrl, await memberIdOf(shopUrl, name), 5000);

  await shop.open('/packages/shop/product/index?id=2');
  await shop.byTestId('buy-now').click();
  await shop.byTestId('spec-颜色-本白').click();
  await shop.byTestId('sku-confirm').click();

  await page.waitForURL(/checkout\/index\?skuId=/);
  await shop.byTestId('fulfillment-pickup').click();
  // Stores with the goods come first and the first is chosen; each shows hours and stock.
  const firstStore = shop.byTestId('pickup-stores').locator('[data-testid^="store-"]').first();
  await expect.poll(() => firstStore.textContent()).toMatch(/有货.*营业时间 \d/);
  const storeName = (await firstStore.locator('.checkout__store-name').textContent()) ?? '';
  const breakdown = shop.byTestId('price-breakdown');
  await expect.poll(() => breakdown.textContent()).not.toContain('运费');
  await expect.poll(() => shop.byTestId('checkout-total').textContent()).toBe('¥139.00');
  // 5000 points (¥50.00; the cap is half the goods after coupons) come off the server's price.
  await shop.byTestId('use-points').click();
  await expect.poll(() => breakdown.textContent()).toContain('积分抵扣-¥50.00');
  await expect.poll(() => shop.byTestId('checkout-total').textContent()).toBe('¥89.00');
  await shop.byTestId('submit-order').click();

  await payOnCashier('89.00');
  await shop.byTestId('view-order').click();
  await expect.poll(() => shop.byTestId('order-status').textContent()).toBe('待自提');
  await expect.poll(() => page.locator('.trade-section-title').first().textContent()).toContain(storeName);
  // The code staff verify at the store: six digits and a QR.
  await expect.poll(() => shop.byTestId('pickup-digits').textContent()).toMatch(/^\d{3} \d{3}$/);
  await shop.byTestId('pickup-qr').waitFor();
});

it('search: 热搜词 before typing, a bag first for 包, and 为你推荐 under a search that finds nothing', async ({ task }) => {
  const shop = await newShopper(task.name);
  const submit = async (term: string) => {
    await shop.byTestId('search-input').locator('input').fill(term);
    await shop.byTestId('search-submit').click();
  };
  const titleOf = (card: ReturnType<typeof shop.byTestId>) => card.locator('.product-card__title').textContent();

  // Before typing: the managed hot words as chips; tapping one searches it.
  await shop.open('/packages/shop/search/index');
  await shop.byTestId('hot-words').waitFor();
  await shop.byTestId('hot-word').filter({ hasText: '双肩包' }).click();
  await expect.poll(() => titleOf(shop.byTestId('product-card').first())).toContain('双肩包');

  // 包 with the default 综合 order: the bags (箱包) come before 护手霜礼盒, 手机壳, 皮肤衣 and 月亮椅.
  await submit('包');
  await expect.poll(() => shop.byTestId('product-card').count()).toBeGreaterThan(4);
  const first = shop.byTestId('product-card').first();
  await expect.poll(() => titleOf(first)).toContain('包');
  const box = await first.boundingBox();
  expect(box, 'the first result is on screen').not.toBeNull();
  expect(box!.y + box!.height / 2).toBeLessThan(page.viewportSize()!.height);
  expect(await titleOf(first)).not.toMatch(/护手霜|手机壳|皮肤衣|月亮椅/);

  // Nothing found: the empty state, and best sellers under it.
  await submit('不存在的商品');
  await shop.byTestId('search-empty').waitFor();
  const recommend = shop.byTestId('search-recommend');
  await recommend.getByText('为你推荐').waitFor();
  await expect.poll(() => recommend.locator('[data-testid="product-card"]').count()).toBeGreaterThan(0);
  expect(await recommend.locator('[data-testid="product-card"]').count()).toBeLessThanOrEqual(6);
});
