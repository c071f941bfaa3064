import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { loginMarketer, shopApi } from './support/shop-api';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
const api = shopApi(shopUrl);
const PRODUCT_ID = 2;
const GROUP_PRICE = 9900;
const LEADER_DISCOUNT = 500;
let browser: Browser;
let campaignId: number;
let skuId: number;

/** What a marketer does in the back office: a 2-person campaign on one SKU with a leader discount, started now. */
async function startCampaign(): Promise<void> {
  const token = await loginMarketer(shopUrl);
  const product = await api<{ skus: { id: number; deliveryAvailable: number }[] }>(`/products/${PRODUCT_ID}`);
  skuId = product.skus.find((s) => s.deliveryAvailable > 2)!.id;
  const campaign = await api<{ id: number }>('/admin/groupbuy-campaigns', {
    method: 'POST',
    token,
    body: {
      name: 'T恤 2人拼团',
      productId: PRODUCT_ID,
      groupSize: 2,
      formMinutes: 60,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      leaderDiscount: LEADER_DISCOUNT,
      skus: [{ skuId, groupPrice: GROUP_PRICE, stockCap: 20 }],
    },
  });
  await api(`/admin/groupbuy-campaigns/${campaign.id}/status`, { method: 'POST', token, body: { status: 'active' } });
  campaignId = campaign.id;
}

beforeAll(async () => {
  await startCampaign();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function shopper(name: string, pages: Page[]) {
  const page = await phonePage(browser);
  pages.push(page);
  const shop = storefront(page, shopUrl);
  await shop.login(name);
  return { page, shop };
}

/** The emulator's cashier stands in for WeChat's pay sheet; 确认支付 sends the browser back to the group page. */
async function payOnCashier(page: Page, amount: string) {
  await page.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await expect(page.locator('.amount').textContent()).resolves.toContain(amount);
  await page.locator('#pay').click();
  await page.waitForURL(/groupbuy\/group\/index\?id=\d+&orderId=\d+/);
}

it('a member finds the campaign on the home page, starts a 2-person group and pays; a friend joins by the link, comes back to pay the held seat, and both see 拼团成功 and their own seat', async ({ task }) => {
  const pages: Page[] = [];
  onTestFailed(async () => {
    for (const [index, page] of pages.entries()) console.log(`screenshot: ${await saveScreenshot(page, `${task.name}-${index}`)}`);
  });
  const stamp = Date.now();

  // The leader finds the campaign in the home page's 拼团 section: group size, group price, then its product page.
  const leader = await shopper(`gb-leader-${stamp}`, pages);
  await leader.shop.open('/pages/home/index');
  const card = leader.shop.byTestId(`home-groupbuy-${campaignId}`);
  await expect.poll(() => card.textContent()).toMatch(/重磅纯棉圆领T恤.*2人团¥99\.00¥\d+\.\d\d.*还剩 \d+ 小时/);
  await card.click();
  await leader.page.waitForURL(new RegExp(`shop/product/index\\?id=${PRODUCT_ID}`));

  // The product page: group price beside the single price, and 发起拼团.
  await expect.poll(() => leader.shop.byTestId(`groupbuy-campaign-${campaignId}`).textContent()).toMatch(/2人团¥99\.00单买 ¥\d+\.\d\d.*团长再减 ¥5\.00/);
  await leader.shop.byTestId(`groupbuy-start-${campaignId}`).click();

  // 发起拼团: the leader's price, then an address added on the way, and the shared engine's total.
  await leader.page.waitForURL(/groupbuy\/start\/index/);
  await expect.poll(() => leader.shop.byTestId('gb-unit-price').textContent()).toBe('团长价¥94.00');
  await leader.shop.byTestId(`gb-sku-${skuId}`).click();
  await leader.shop.byTestId('checkout-address').click();
  await leader.shop.addAddress({ recipientName: '团长', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 568 号' });
  await leader.page.waitForURL(/groupbuy\/start\/index/);
  await leader.shop.byTestId('checkout-address').filter({ hasText: '团长' }).waitFor();
  await expect.poll(() => leader.shop.byTestId('gb-total').textContent()).toMatch(/^¥\d+\.\d\d$/);
  const leaderTotal = ((await leader.shop.byTestId('gb-total').textContent()) ?? '').slice(1);
  await leader.shop.byTestId('gb-submit').click();
  await payOnCashier(leader.page, leaderTotal);

  // Back on the group page: paid, one seat left, and the link to share.
  await expect.poll(() => leader.shop.byTestId('group-title').textContent(), { timeout: 20_000 }).toBe('还差 1 人拼团成功');
  await expect.poll(() => leader.shop.byTestId('seat-empty').count()).toBe(1);
  await expect.poll(() => leader.shop.byTestId('gb-product-title').textContent()).toBe('重磅纯棉圆领T恤');
  await expect.poll(() => leader.shop.byTestId('group-countdown').textContent()).toMatch(/^剩余 00:5\d:\d\d$/);
  // The page knows whose group it is: the leader's own seat, no join button.
  await expect.poll(() => leader.shop.byTestId('my-seat').textContent()).toBe('你是团长');
  expect(await leader.shop.byTestId('group-join').count()).toBe(0);
  const link = (await leader.shop.byTestId('invite-link').textContent()) ?? '';
  expect(link).toMatch(/#\/packages\/groupbuy\/group\/index\?id=\d+$/);

  // A friend opens the link (no seat of theirs yet), joins for pickup at the first store holding the SKU...
  const friend = await shopper(`gb-friend-${stamp}`, pages);
  await friend.page.goto(link);
  await expect.poll(() => friend.shop.byTestId('group-note').textContent()).toBe('仅剩 1 个名额，快来参团');
  expect(await friend.shop.byTestId('my-seat').count()).toBe(0);
  await friend.shop.byTestId('group-join').click();
  await friend.shop.byTestId(`gb-sku-${skuId}`).click();
  await friend.shop.byTestId('fulfillment-pickup').click();
  await expect.poll(() => friend.shop.byTestId('pickup-stores').locator('.checkout__store--on').count()).toBe(1);
  await expect.poll(() => friend.shop.byTestId('gb-total').textContent()).toBe('¥99.00');
  await friend.shop.byTestId('gb-submit').click();

  // ...leaves the cashier unpaid and opens the link again: their seat is held, 去支付 instead of 参与拼团.
  await friend.page.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await friend.page.goto(link);
  await expect.poll(() => friend.shop.byTestId('my-seat').textContent()).toBe('你已参团 · 待支付，名额为你保留中');
  await expect.poll(() => friend.shop.byTestId('pay-countdown').textContent()).toMatch(/^支付剩余 \d\d:\d\d:\d\d$/);
  expect(await friend.shop.byTestId('group-join').count()).toBe(0);
  await friend.shop.byTestId('group-pay').click();
  await payOnCashier(friend.page, '99.00');

  // The last seat is paid: the group succeeds for both of them.
  await expect.poll(() => friend.shop.byTestId('group-title').textContent(), { timeout: 20_000 }).toBe('拼团成功');
  await expect.poll(() => friend.shop.byTestId('seat-member').count()).toBe(2);
  await expect.poll(() => friend.shop.byTestId('my-seat').textContent()).toBe('你已参团');
  await leader.page.reload();
  await expect.poll(() => leader.shop.byTestId('group-title').textContent()).toBe('拼团成功');
  await expect.poll(() => leader.shop.byTestId('group-note').textContent()).toBe('人已凑齐，商家将尽快为你备货发货');

  // 我的拼团 labels it too, under its tab, with the goods bought and the way to the order...
  await leader.shop.open('/packages/groupbuy/mine/index?tab=succeeded');
  await expect.poll(() => leader.page.locator('[data-testid$="-label"]').first().textContent()).toBe('拼团成功');
  await expect.poll(() => leader.page.locator('[data-testid^="my-group-"][data-testid$="-product"]').first().textContent()).toContain('重磅纯棉圆领T恤');
  await leader.shop.byTestId('my-group-tabs-open').click();
  await leader.shop.byTestId('my-groups-empty').waitFor();
  await leader.shop.byTestId('my-group-tabs-succeeded').click();
  await leader.page.locator('[data-testid^="my-group-"][data-testid$="-order"]').first().click();

  // ...whose detail shows the group and its state, with the way back to the group page.
  await leader.page.waitForURL(/trade\/order\/index\?id=\d+/);
  await expect.poll(() => leader.shop.byTestId('order-group-status').textContent()).toBe('拼团成功');
  await leader.shop.byTestId('order-group').click();
  await leader.page.waitForURL(/groupbuy\/group\/index\?id=\d+$/);
});
