import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot, tabletPage } from './support/browser';
import { E2E_EMULATOR_TOKEN, memberToken as tokenOf, payInEmulator, shopApi } from './support/shop-api';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
const emulatorUrl = inject('emulatorUrl');
const api = shopApi(shopUrl);
const memberToken = (name: string) => tokenOf(shopUrl, name);
let browser: Browser;
let tablet: Page;

/** The 本白 SKU of the demo T-shirt, which every demo store has on its shelf. */
async function teeSku(): Promise<number> {
  const page = await api<{ items: { id: number; title: string }[] }>(`/products?q=${encodeURIComponent('纯棉')}`);
  const product = await api<{ skus: { id: number; specValues: Record<string, string> }[] }>(`/products/${page.items.find((p) => p.title === '重磅纯棉圆领T恤')!.id}`);
  return product.skus.find((s) => s.specValues['颜色'] === '本白')!.id;
}

/** A member buys online for pickup at the store and pays; answers the order number and its pickup code. */
async function paidPickupOrder(token: string, storeId: number): Promise<{ orderNo: string; code: string }> {
  const order = await api<{ id: number }>('/orders', { method: 'POST', token, headers: { 'Idempotency-Key': `e2e-pickup-${Date.now()}` }, body: { lines: [{ skuId: await teeSku(), qty: 1 }], fulfillment: { type: 'pickup', storeId } } });
  const pay = await api<{ outTradeNo: string }>(`/orders/${order.id}/pay`, { method: 'POST', token, body: { method: 'native' } });
  await payInEmulator(emulatorUrl, pay.outTradeNo);
  let view: { orderNo: string; pickup: { code: string } | null } = { orderNo: '', pickup: null };
  await expect.poll(async () => (view = await api(`/orders/${order.id}`, { token })).pickup, { timeout: 15_000 }).not.toBeNull();
  return { orderNo: view.orderNo, code: view.pickup!.code };
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('staff sell to a member at the counter, the customer pays by the QR, and a pickup order is handed over by its code', async ({ task }) => {
  tablet = await tabletPage(browser);
  const phone = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(tablet, task.name)}`);
    console.log(`screenshot: ${await saveScreenshot(phone, `${task.name} (phone)`)}`);
  });
  const byTestId = (id: string) => tablet.locator(`[data-testid="${id}"]`);

  // The member signs in on their phone and opens 会员中心: the 12 digits under the QR, in fours,
  // with the seconds they stay valid.
  const name = `counter-${Date.now()}`;
  const shopper = storefront(phone, shopUrl);
  await shopper.login(name);
  const nickname = (await shopper.byTestId('me-name').textContent())!.trim();
  await shopper.open('/packages/member/centre/index');
  await expect.poll(() => shopper.byTestId('member-code-digits').textContent()).toMatch(/^\d{4} \d{4} \d{4}$/);
  await expect.poll(() => shopper.byTestId('member-code-refresh').textContent()).toMatch(/\d+ 秒后自动刷新/);
  const digits = (await shopper.byTestId('member-code-digits').textContent())!;
  const token = await memberToken(name);

  // 员工登录
  await tablet.goto(`${shopUrl}/#/packages/staff/login/index`);
  await byTestId('staff-username').locator('input').fill('staff.ja1');
  await byTestId('staff-password').locator('input').fill('Demo-staff-2026');
  await byTestId('staff-login-submit').click();
  await tablet.waitForURL(/staff\/counter\/index/);
  await expect.poll(() => byTestId('staff-store').textContent()).toBe('栖行 静安体验店');

  // 识别顾客 by the digits the member reads out: their benefits open for this sale.
  await byTestId('customer-input').locator('input').fill(digits);
  await byTestId('customer-submit').click();
  await expect.poll(() => byTestId('customer-name').textContent()).toBe(nickname);
  await expect.poll(() => byTestId('customer-verified').textContent()).toBe('已验证');

  // 门店发券: a coupon marketing opened for store handout goes to the verified member, within the
  // staff member's daily quota, and shows up in the member's own 我的优惠券.
  const handout = byTestId('coupon-grant-panel').locator('.staff-list-row').filter({ hasText: '无门槛5元' });
  const quotaBefore = await byTestId('coupon-grant-quota').textContent();
  await handout.locator('[data-testid^="coupon-grant-submit-"]').click();
  await expect.poll(() => handout.locator('[data-testid^="coupon-grant-result-"]').textContent()).toBe(`已发给 ${nickname}：无门槛5元`);
  await expect.poll(() => byTestId('coupon-grant-quota').textContent()).not.toBe(quotaBefore);
  await shopper.open('/packages/member/coupons/index');
  await shopper.byTestId('my-coupon-list').filter({ hasText: '无门槛5元' }).waitFor();

  // 选商品 with this store's stock and the warehouse's.
  await byTestId('product-query').locator('input').fill('纯棉');
  await byTestId('product-search-submit').click();
  await byTestId('product-row').filter({ hasText: '重磅纯棉圆领T恤' }).getByText('重磅纯棉圆领T恤').click();
  const white = byTestId('sku-row').filter({ hasText: '本白' });
  await expect.poll(() => white.locator('[data-testid="sku-store-stock"]').textContent()).toMatch(/^本店 \d+ 件$/);
  await white.locator('[data-testid="sku-add"]').click();
  await expect.poll(() => byTestId('cart-line').count()).toBe(1);

  // 下单: carry-out, priced by the server (the new member's welcome coupon applies).
  await byTestId('fulfillment-carry_out').click();
  await expect.poll(() => byTestId('checkout-fulfillment').textContent()).toBe('栖行 静安体验店 · 现场带走');
  await expect.poll(() => byTestId('price-breakdown').textContent()).toContain('商品金额¥159.00');

  // 优惠券: the shopper's own picker on the tablet. 不使用优惠券 prices the sale without any coupon
  // (the total goes up); tapping the coupon again brings the best price back.
  await expect.poll(() => byTestId('coupon-summary').textContent()).toContain('已选 1 张');
  const fen = async () => Math.round(Number((await byTestId('checkout-total').textContent())!.replace('¥', '')) * 100);
  const withCoupon = await fen();
  await byTestId('checkout-coupons').click();
  const sheet = byTestId('coupon-sheet');
  const chosen = (await sheet.locator('.coupon-card--selected .coupon-card__name').first().textContent())!.trim();
  await byTestId('coupon-none').click();
  await expect.poll(() => sheet.count()).toBe(0);
  await expect.poll(fen).toBeGreaterThan(withCoupon);
  await expect.poll(() => byTestId('coupon-summary').textContent()).toMatch(/\d+ 张可用/);
  expect(await byTestId('price-breakdown').textContent()).not.toContain(chosen);
  await byTestId('checkout-coupons').click();
  await sheet.locator('.coupon-card').filter({ hasText: chosen }).click();
  await expect.poll(fen).toBe(withCoupon);
  await expect.poll(() => sheet.locator('.coupon-card--selected .coupon-card__name').first().textContent()).toBe(chosen);
  await byTestId('coupon-done').click();
  await expect.poll(() => sheet.count()).toBe(0);
  await expect.poll(() => byTestId('coupon-summary').textContent()).toContain('已选 1 张');

  await expect.poll(() => byTestId('submit-order').getAttribute('aria-disabled')).toBe('false');
  const total = (await byTestId('checkout-total').textContent())!.replace('¥', '');
  await byTestId('submit-order').click();

  // 收款: the Native QR, and the emulator's cashier standing in for the customer's phone.
  await tablet.waitForURL(/staff\/pay\/index\?orderId=\d+/);
  await expect.poll(() => byTestId('pay-qr').locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  await expect.poll(() => byTestId('pay-status').textContent()).toContain('等待支付');
  const [cashier] = await Promise.all([tablet.context().waitForEvent('page'), byTestId('open-cashier').click()]);
  await cashier.waitForURL((url) => url.href.startsWith(`${emulatorUrl}/cashier`));
  await expect.poll(() => cashier.locator('.amount').textContent()).toContain(total);
  await cashier.locator('#pay').click();
  await cashier.getByText('支付成功').waitFor();
  await byTestId('pay-paid').waitFor({ timeout: 10_000 });
  await expect.poll(() => byTestId('pay-paid').textContent()).toContain(`已收款¥${total}`);

  // 取货核销: a member's online pickup order at this store, handed over by its 6 digits, once.
  const { storeId } = (await api<{ staff: { storeId: number } }>('/staff/auth/login', { method: 'POST', body: { username: 'staff.ja1', password: 'Demo-staff-2026' } })).staff;
  const pickup = await paidPickupOrder(token, storeId);
  await byTestId('staff-nav-pickup').click();
  await tablet.waitForURL(/staff\/pickup\/index/);
  // The code shows the order first (goods, member, status); staff confirm to hand it over.
  await byTestId('pickup-input').locator('input').fill(pickup.code);
  await byTestId('pickup-submit').click();
  await expect.poll(() => byTestId('pickup-found').textContent()).toContain(pickup.orderNo);
  await expect.poll(() => byTestId('pickup-member').textContent()).toBe(nickname);
  await expect.poll(() => byTestId('pickup-status').textContent()).toBe('待自提');
  await byTestId('pickup-confirm').click();
  await expect.poll(() => byTestId('pickup-done').textContent()).toContain(pickup.orderNo);
  await byTestId('pickup-input').locator('input').fill(pickup.code);
  await byTestId('pickup-submit').click();
  await expect.poll(() => byTestId('pickup-blocked').textContent()).toBe('该订单已核销，请勿重复取货');
  expect(await byTestId('pickup-confirm').count()).toBe(0);

  // 今日订单: the carry-out sale is there and counted as paid.
  await byTestId('staff-nav-orders').click();
  await tablet.waitForURL(/staff\/orders\/index/);
  await expect.poll(async () => Number(await byTestId('figure-paid-orders').locator('.staff-figure__value').textContent())).toBeGreaterThanOrEqual(1);
  await expect.poll(() => byTestId('today-order').first().textContent()).toContain(total);
  // The sale names its buyer by nickname (and masked phone, when one is bound), never by member id.
  await expect.poll(() => byTestId('today-order').first().locator('[data-testid="today-order-buyer"]').textContent()).toContain(nickname);
  expect(await byTestId('today-order').first().textContent()).not.toMatch(/会员 #\d+/);
}, 90_000);

it('staff register a new member by phone; the customer binds that number in the mini-program and saves an address; the tablet delivers there', async ({ task }) => {
  tablet = await tabletPage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(tablet, task.name)}`);
  });
  const byTestId = (id: string) => tablet.locator(`[data-testid="${id}"]`);

  await tablet.goto(`${shopUrl}/#/packages/staff/login/index`);
  await byTestId('staff-username').locator('input').fill('staff.ja1');
  await byTestId('staff-password').locator('input').fill('Demo-staff-2026');
  await byTestId('staff-login-submit').click();
  await tablet.waitForURL(/staff\/counter\/index/);

  // 识别顾客 by a phone nobody has: 新会员注册 on the spot, then the code texted to that phone.
  const phone = `139${String(Date.now()).slice(-8)}`;
  await byTestId('customer-input').locator('input').fill(phone);
  await byTestId('customer-submit').click();
  await expect.poll(() => byTestId('customer-error').textContent()).toBe('没有找到这个手机号的会员');
  await byTestId('register-nickname').locator('input').fill('王女士');
  await byTestId('register-member').click();
  await expect.poll(() => byTestId('phone-code-sent').textContent()).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
  expect(await byTestId('customer-card').count()).toBe(0);

  // The customer reads the code from the text on their phone (the emulator's SMS inbox).
  const handset = await phonePage(browser);
  await handset.goto(`${emulatorUrl}/_emulator/sms/inbox?phone=${phone}&token=${E2E_EMULATOR_TOKEN}`);
  const text = (await handset.locator('[data-testid="sms"] .text').first().textContent())!;
  const code = /验证码 (\d{6})/.exec(text)?.[1];
  expect(code).toMatch(/^\d{6}$/);
  await byTestId('phone-code-input').locator('input').fill('000000' === code ? '111111' : '000000');
  await byTestId('phone-code-submit').click();
  await expect.poll(() => byTestId('phone-code-error').textContent()).toBe('验证码不正确，请核对短信');
  await byTestId('phone-code-input').locator('input').fill(code!);
  await byTestId('phone-code-submit').click();
  await expect.poll(() => byTestId('customer-name').textContent()).toBe('王女士');
  await expect.poll(() => byTestId('customer-verified').textContent()).toBe('已验证');

  // The customer signs in to the mini-program and binds the same number: they are that member
  // now (the app continues with the answer's session), and they save a delivery address.
  const wechat = await memberToken(`counter-new-${Date.now()}`);
  const bound = await api<{ session: { token: string } | null }>('/members/me/phone', { method: 'POST', token: wechat, body: { code: `test:${phone}` } });
  expect(bound.session).not.toBeNull();
  const member = bound.session!.token;
  expect((await api<{ nickname: string; phone: string }>('/members/me', { token: member })).nickname).toBe('王女士');
  const address = await api<{ id: number }>('/addresses', { method: 'POST', token: member, body: { recipientName: '王女士', phone, province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 100 号', isDefault: true } });

  // 选商品, 送货上门 to the saved address (the default is chosen at first).
  await byTestId('product-query').locator('input').fill('纯棉');
  await byTestId('product-search-submit').click();
  await byTestId('product-row').filter({ hasText: '重磅纯棉圆领T恤' }).getByText('重磅纯棉圆领T恤').click();
  await byTestId('sku-row').filter({ hasText: '本白' }).locator('[data-testid="sku-add"]').click();
  await expect.poll(() => byTestId('cart-line').count()).toBe(1);
  await byTestId('fulfillment-delivery').click();
  await expect.poll(() => byTestId(`saved-address-${address.id}`).getAttribute('class')).toContain('staff-choice--on');
  await expect.poll(() => byTestId(`saved-address-${address.id}`).textContent()).toContain('愚园路 100 号');
  await expect.poll(() => byTestId('submit-order').getAttribute('aria-disabled')).toBe('false');
  await byTestId('submit-order').click();
  await tablet.waitForURL(/staff\/pay\/index\?orderId=\d+/);

  // The member sees the order to pay in their own list, going to their saved address.
  const mine = await api<{ items: { channel: string; fulfillment: { type: string; address: { detail: string } | null } }[] }>('/orders?status=pending_payment', { token: member });
  expect(mine.items[0]).toMatchObject({ channel: expect.stringMatching(/^store:\d+$/), fulfillment: { type: 'delivery', address: { detail: '愚园路 100 号' } } });
}, 90_000);
