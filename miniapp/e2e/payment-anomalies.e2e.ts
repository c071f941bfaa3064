import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { formatFen } from '@shop/shared';
import { DEV_APPID, DEV_MCHID } from '../../server/src/wechat/dev-credentials';
import { launchChromium, saveScreenshot, tabletPage } from './support/browser';
import { memberToken, shopApi } from './support/shop-api';
import { sendSignedNotification } from './support/wechat-notify';

const shopUrl = inject('shopUrl');
const api = shopApi(shopUrl);
let browser: Browser;
let consolePage: Page | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A shopper's order waiting for its QR payment: what WeChat would be paying. */
async function pendingPayment(): Promise<{ orderId: number; outTradeNo: string; amount: number; token: string }> {
  const token = await memberToken(shopUrl, `anomaly-e2e-${Date.now()}`);
  const address = await api<{ id: number }>('/addresses', { method: 'POST', token, body: { recipientName: '吴一', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '南京西路 1266 号' } });
  const found = await api<{ items: { id: number; title: string }[] }>(`/products?q=${encodeURIComponent('纯棉')}`);
  const product = await api<{ skus: { id: number; deliveryAvailable: number }[] }>(`/products/${found.items.find((p) => p.title === '重磅纯棉圆领T恤')!.id}`);
  const sku = product.skus.find((s) => s.deliveryAvailable > 0)!;
  const order = await api<{ id: number; payableTotal: number }>('/orders', { method: 'POST', token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId: address.id } } });
  const pay = await api<{ outTradeNo: string }>(`/orders/${order.id}/pay`, { method: 'POST', token, body: { method: 'native' } });
  return { orderId: order.id, outTradeNo: pay.outTradeNo, amount: order.payableTotal, token };
}

it('a genuinely signed notification with the wrong amount becomes a 支付异常 an admin sees in the console and marks handled; the order stays unpaid', async ({ task }) => {
  const desk = await tabletPage(browser);
  consolePage = desk;
  onTestFailed(async () => {
    if (consolePage) console.log(`screenshot: ${await saveScreenshot(consolePage, `${task.name}-console`)}`);
  });
  const byTestId = (id: string) => desk.locator(`[data-testid="${id}"]`);

  // WeChat (its platform key, our APIv3 key) says the order was paid 1 fen short: acknowledged, not applied.
  const payment = await pendingPayment();
  const short = payment.amount - 1;
  const status = await sendSignedNotification(shopUrl, {
    appid: DEV_APPID,
    mchid: DEV_MCHID,
    out_trade_no: payment.outTradeNo,
    transaction_id: `4200${Date.now()}`,
    trade_type: 'NATIVE',
    trade_state: 'SUCCESS',
    success_time: new Date().toISOString(),
    payer: { openid: 'o_e2e_payer' },
    amount: { total: short, payer_total: short, currency: 'CNY' },
  });
  expect(status).toBe(204);
  expect((await api<{ status: string }>(`/orders/${payment.orderId}`, { token: payment.token })).status).toBe('pending_payment');

  // The admin signs in to the console; 支付异常 is one of its tabs for admins.
  await desk.goto(`${shopUrl}/#/packages/marketing/login/index`);
  await byTestId('marketing-username').locator('input').fill('admin');
  await byTestId('marketing-password').locator('input').fill('Demo-admin-2026');
  await byTestId('marketing-login-submit').click();
  await desk.waitForURL(/marketing\/campaigns\/index/);
  await byTestId('marketing-nav-paymentAnomalies').click();
  await desk.waitForURL(/marketing\/payment-anomalies\/index/);

  // The anomaly, on screen: its kind, the order, both amounts as money.
  const card = byTestId('anomaly-list').locator('.staff-list-row').filter({ hasText: payment.outTradeNo });
  await card.waitFor();
  const id = Number((await card.getAttribute('data-testid'))!.replace('anomaly-', ''));
  expect(id).toBeGreaterThan(0);
  await expect.poll(() => byTestId(`anomaly-${id}-kind`).textContent()).toBe('金额不符');
  await expect.poll(() => byTestId(`anomaly-${id}-reference`).textContent()).toBe(`商户订单号 ${payment.outTradeNo}`);
  await expect.poll(() => byTestId(`anomaly-${id}-amounts`).textContent()).toBe(`应收 ${formatFen(payment.amount)} · 微信金额 ${formatFen(short)}`);
  await expect.poll(() => byTestId(`anomaly-${id}-time`).textContent()).toMatch(/^收到于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // 标记已处理: the card says so, and after a reload it has left the 待处理 list but is under 全部.
  await byTestId(`anomaly-${id}-acknowledge`).click();
  await expect.poll(() => byTestId(`anomaly-${id}-handled`).textContent()).toMatch(/^已处理 · /);
  await desk.reload();
  // Loaded once either the list or its empty state shows.
  await expect.poll(async () => (await byTestId('anomaly-list').count()) + (await byTestId('empty-state').count())).toBeGreaterThan(0);
  expect(await byTestId(`anomaly-${id}`).count()).toBe(0);
  await byTestId('anomaly-filter-all').click();
  await expect.poll(() => byTestId(`anomaly-${id}-handled`).textContent()).toMatch(/^已处理 · /);
}, 120_000);
