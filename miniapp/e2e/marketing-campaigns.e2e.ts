import { fenToYuanText } from '@shop/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot, tabletPage } from './support/browser';
import { loginMarketer, memberToken, payInEmulator, shopApi } from './support/shop-api';

const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
const api = shopApi(shopUrl);
let browser: Browser;

interface Campaign {
  id: number;
  name: string;
  status: string;
  skus: { skuId: number; groupPrice: number }[];
}

/** A shopper starts a group of the campaign and pays for it in the emulator (WeChat's side). */
async function startPaidGroup(campaign: Campaign): Promise<void> {
  const token = await memberToken(shopUrl, `gb-leader-${Date.now()}`);
  const address = await api<{ id: number }>('/addresses', { method: 'POST', token, body: { recipientName: '周一', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 568 号' } });
  const started = await api<{ order: { id: number } }>('/groupbuy/groups', {
    method: 'POST',
    token,
    headers: { 'Idempotency-Key': `e2e-gb-${Date.now()}` },
    body: { campaignId: campaign.id, skuId: campaign.skus[0]!.skuId, qty: 1, fulfillment: { type: 'delivery', addressId: address.id } },
  });
  const pay = await api<{ outTradeNo: string }>(`/orders/${started.order.id}/pay`, { method: 'POST', token, body: { method: 'native' } });
  await payInEmulator(emulatorUrl, pay.outTradeNo);
  await expect.poll(async () => (await api<{ status: string }>(`/orders/${started.order.id}`, { token })).status, { timeout: 15_000 }).not.toBe('pending_payment');
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('a marketer creates a group-buy campaign in the console, shoppers see it, its numbers grow, and pausing takes it off the shelf', async ({ task }) => {
  const console_ = await tabletPage(browser);
  const phone: Page = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshots: ${await saveScreenshot(console_, `${task.name}-console`)} ${await saveScreenshot(phone, `${task.name}-phone`)}`);
  });
  const byTestId = (id: string) => console_.locator(`[data-testid="${id}"]`);

  const found = await api<{ items: { id: number; title: string }[] }>(`/products?q=${encodeURIComponent('羽绒马甲')}`);
  const productId = found.items.find((p) => p.title === '轻量羽绒马甲')!.id;
  const product = await api<{ skus: { id: number; price: number }[] }>(`/products/${productId}`);
  const sku = product.skus[0]!;
  const groupPrice = sku.price - 2000;

  // 营销后台登录
  await console_.goto(`${shopUrl}/#/packages/marketing/login/index`);
  await byTestId('marketing-username').locator('input').fill('marketer');
  await byTestId('marketing-password').locator('input').fill('Demo-marketer-2026');
  await byTestId('marketing-login-submit').click();
  await console_.waitForURL(/marketing\/campaigns\/index/);

  // 新建拼团活动: a 3-person group on the vest's first SKU, ¥20 off.
  await byTestId('campaign-new').click();
  await console_.waitForURL(/marketing\/campaign-new\/index/);
  await byTestId('campaign-product-keyword').locator('input').fill('羽绒');
  await byTestId('campaign-product-search').click();
  await byTestId(`campaign-product-${productId}`).click();
  // Choosing the product fills in a default name once its SKUs arrive: wait, then type ours over it.
  await byTestId(`campaign-sku-${sku.id}-include`).waitFor();
  await byTestId('campaign-name-input').locator('input').fill('羽绒马甲 三人团');
  await byTestId(`campaign-sku-${sku.id}-include`).click();
  // The SKU's boxes are labelled on screen (拼团价 / 限量) and found by their names, as a screen reader would (issue 13).
  const skuRow = byTestId(`campaign-sku-${sku.id}`);
  expect(await skuRow.getByText('拼团价', { exact: true }).isVisible()).toBe(true);
  expect(await skuRow.getByText('限量', { exact: true }).isVisible()).toBe(true);
  await skuRow.getByLabel(/ 拼团价$/).fill(fenToYuanText(groupPrice));
  await skuRow.getByLabel(/ 限量$/).fill('20');
  await expect.poll(() => byTestId(`campaign-sku-${sku.id}-price`).locator('input').inputValue()).toBe(fenToYuanText(groupPrice));
  await byTestId('campaign-size-input').locator('input').fill('3');
  await byTestId('campaign-submit-live').click();
  await console_.waitForURL(/marketing\/campaigns\/index/);

  const marketer = await loginMarketer(shopUrl);
  const campaign = (await api<{ items: Campaign[] }>('/admin/groupbuy-campaigns', { token: marketer })).items.find((c) => c.name === '羽绒马甲 三人团')!;
  expect(campaign).toMatchObject({ status: 'active', skus: [{ skuId: sku.id, groupPrice }] });
  await expect.poll(() => byTestId(`campaign-status-${campaign.id}`).textContent()).toBe('进行中');

  // A shopper sees the offer on the product page at the group price.
  await phone.goto(`${shopUrl}/#/packages/shop/product/index?id=${productId}`);
  await expect.poll(() => phone.locator(`[data-testid="groupbuy-price-${campaign.id}"]`).textContent()).toContain(fenToYuanText(groupPrice));

  // A group starts and its leader pays: the console counts it.
  await startPaidGroup(campaign);
  await console_.reload();
  await expect.poll(() => byTestId(`campaign-stats-${campaign.id}-started`).textContent()).toBe('开团1');

  // 暂停 can be undone, so it is a quiet outlined button; only 结束 wears the warning red (issue 13).
  const looks = (target: string) => byTestId(`campaign-${campaign.id}-move-${target}`).evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
  expect(await looks('paused')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(51, 51, 51)' });
  expect((await looks('ended')).color).toBe('rgb(228, 57, 60)');
  // 暂停: the product page no longer offers it.
  await byTestId(`campaign-${campaign.id}-move-paused`).click();
  await expect.poll(() => byTestId(`campaign-status-${campaign.id}`).textContent()).toBe('已暂停');
  await phone.reload();
  await phone.locator('[data-testid="product-title"]').waitFor();
  await expect.poll(() => phone.locator(`[data-testid="groupbuy-campaign-${campaign.id}"]`).count()).toBe(0);
  await console_.context().close();
});
