import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { loginMarketer, memberToken, payInEmulator, shopApi } from './support/shop-api';
import { storefront } from './support/storefront';

/**
 * Issue 13 items 1 and 3, as a newcomer meets them: a 拼团 share link opened signed out, and
 * going back from the cashier to the checkout.
 */
const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
const api = shopApi(shopUrl);
let browser: Browser;
/** A product no other E2E file runs a group-buy on. */
let productId: number;
let campaignId: number;
let groupId: number;

/** The back office starts a 2-person campaign; a leader (phone and WeChat's side, by API) opens a group and pays. */
async function openGroupWithOneSeatLeft(): Promise<void> {
  const found = await api<{ items: { id: number; title: string }[] }>(`/products?q=${encodeURIComponent('牛仔夹克')}`);
  productId = found.items.find((p) => p.title === '复古水洗牛仔夹克')!.id;
  const product = await api<{ skus: { id: number; price: number; deliveryAvailable: number }[] }>(`/products/${productId}`);
  const sku = product.skus.find((s) => s.deliveryAvailable > 2)!;
  const marketer = await loginMarketer(shopUrl);
  const campaign = await api<{ id: number }>('/admin/groupbuy-campaigns', {
    method: 'POST',
    token: marketer,
    body: {
      name: '牛仔夹克 2人拼团',
      productId,
      groupSize: 2,
      formMinutes: 60,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      leaderDiscount: null,
      skus: [{ skuId: sku.id, groupPrice: sku.price - 3000, stockCap: 20 }],
    },
  });
  await api(`/admin/groupbuy-campaigns/${campaign.id}/status`, { method: 'POST', token: marketer, body: { status: 'active' } });
  campaignId = campaign.id;

  const leader = await memberToken(shopUrl, `share-leader-${Date.now()}`);
  const address = await api<{ id: number }>('/addresses', { method: 'POST', token: leader, body: { recipientName: '团长', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 568 号' } });
  const started = await api<{ order: { id: number }; group: { id: number } }>('/groupbuy/groups', {
    method: 'POST',
    token: leader,
    headers: { 'Idempotency-Key': `e2e-share-${Date.now()}` },
    body: { campaignId, skuId: sku.id, qty: 1, fulfillment: { type: 'delivery', addressId: address.id } },
  });
  const pay = await api<{ outTradeNo: string }>(`/orders/${started.order.id}/pay`, { method: 'POST', token: leader, body: { method: 'native' } });
  await payInEmulator(emulatorUrl, pay.outTradeNo);
  // Set-up, not a test step (expect.poll works only inside a test): wait for the notification.
  for (let waited = 0; (await api<{ status: string }>(`/orders/${started.order.id}`, { token: leader })).status === 'pending_payment'; waited += 200) {
    if (waited > 15_000) throw new Error("the leader's payment was never applied");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  groupId = started.group.id;
}

beforeAll(async () => {
  await openGroupWithOneSeatLeft();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser (no session), with a screenshot and the failed requests if the test fails. */
async function visitor(taskName: string) {
  const page = await phonePage(browser);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  onTestFailed(async () => {
    if (failures.length) console.log(`failed requests and page errors:\n${failures.join('\n')}`);
    console.log(`screenshot: ${await saveScreenshot(page, taskName)}`);
  });
  return { page, shop: storefront(page, shopUrl) };
}

/** On the login page the app opened: its URL carries where to come back to; type a name and log in. */
async function logInHere(page: Page, name: string) {
  await page.waitForURL(/#\/pages\/login\/index\?redirect=/);
  await page.locator('[data-testid="login-name"] input').fill(name);
  await page.locator('[data-testid="login-submit"]').click();
}

it('a visitor opens a 拼团 share link signed out, taps 参与拼团, logs in and is back on the same group', async ({ task }) => {
  const { page, shop } = await visitor(task.name);
  await shop.open(`/packages/groupbuy/group/index?id=${groupId}`);
  await expect.poll(() => shop.byTestId('group-title').textContent()).toBe('还差 1 人拼团成功');

  await shop.byTestId('group-join').click();
  await logInHere(page, `share-friend-${Date.now()}`);

  // The same group, with its id: not "拼团不存在或加载失败".
  await page.waitForURL(new RegExp(`#/packages/groupbuy/group/index\\?id=${groupId}$`));
  await expect.poll(() => shop.byTestId('group-title').textContent()).toBe('还差 1 人拼团成功');
  expect(await shop.byTestId('group-missing').count()).toBe(0);
  // Signed in now: 参与拼团 opens the join sheet instead of the login page.
  await shop.byTestId('group-join').click();
  await shop.byTestId('gb-submit').waitFor();
});

it('a visitor starting a group signed out logs in and continues to 发起拼团 with the campaign and product', async ({ task }) => {
  const { page, shop } = await visitor(task.name);
  await shop.open(`/packages/shop/product/index?id=${productId}`);
  await shop.byTestId(`groupbuy-start-${campaignId}`).click();
  await logInHere(page, `share-starter-${Date.now()}`);

  await page.waitForURL(new RegExp(`#/packages/groupbuy/start/index\\?campaignId=${campaignId}&productId=${productId}$`));
  await expect.poll(() => shop.byTestId('gb-unit-price').textContent()).toMatch(/^拼团价¥\d+\.\d\d$/);
  expect(await page.getByText('网络好像开小差了').count()).toBe(0);
});

it('buying now, going back from the cashier leads to the unpaid order, never a second one', async ({ task }) => {
  const { page, shop } = await visitor(task.name);
  await shop.login(`back-from-cashier-${Date.now()}`);

  // 立即购买 for pickup (no address needed): the first store with the goods is chosen.
  await shop.open('/packages/shop/product/index?id=2');
  await shop.byTestId('buy-now').click();
  await shop.byTestId('spec-颜色-本白').click();
  await shop.byTestId('sku-confirm').click();
  await page.waitForURL(/checkout\/index\?skuId=/);
  const checkoutUrl = page.url();
  await shop.byTestId('fulfillment-pickup').click();
  await expect.poll(() => shop.byTestId('pickup-stores').locator('.checkout__store--on').count()).toBe(1);
  await expect.poll(() => shop.byTestId('checkout-total').textContent()).toMatch(/^¥\d+\.\d\d$/);

  // 提交订单 (a double tap) opens the cashier; the shopper changes their mind and goes back.
  await shop.byTestId('submit-order').dblclick();
  await page.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await page.goBack();
  await page.waitForURL(/checkout\/index\?skuId=/);

  // The checkout no longer submits: it shows the order it made.
  await expect.poll(() => shop.byTestId('unpaid-order').textContent()).toContain('你有一笔待支付订单');
  expect(await shop.byTestId('submit-order').count()).toBe(0);

  // A reload and the same link again are no different.
  await page.reload();
  await expect.poll(() => shop.byTestId('unpaid-order').textContent()).toContain('你有一笔待支付订单');
  await page.goto(checkoutUrl);
  await expect.poll(() => shop.byTestId('unpaid-order').textContent()).toContain('你有一笔待支付订单');
  expect(await shop.byTestId('submit-order').count()).toBe(0);

  // 查看订单 opens that order, unpaid.
  await shop.byTestId('unpaid-view').click();
  await page.waitForURL(/trade\/order\/index\?id=\d+/);
  await expect.poll(() => shop.byTestId('order-status').textContent()).toBe('待付款');

  // 我的订单 · 待付款: exactly one order.
  await shop.open('/packages/trade/orders/index?tab=pending_payment');
  await shop.byTestId('order-card').first().waitFor();
  await expect.poll(() => shop.byTestId('order-card').count()).toBe(1);
  await expect.poll(() => shop.byTestId('order-status').first().textContent()).toBe('待付款');
});
