import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { loginMarketer } from './support/shop-api';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
const COUPON_NAME = '会员日 满299减40';
let browser: Browser;
let page: Page;
let templateId: number;

/** What a marketer does in the back office: create a claimable template and start it. */
async function startClaimableCoupon(token: string): Promise<number> {
  const admin = (path: string, body: unknown) =>
    fetch(`${shopUrl}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(async (r) => {
      if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as { id: number };
    });
  const template = await admin('/admin/coupon-templates', { name: COUPON_NAME, kind: 'threshold_off', value: 4000, threshold: 29900, totalQuantity: 100, validity: { kind: 'relative', days: 7 } });
  await admin(`/admin/coupon-templates/${template.id}/status`, { status: 'active' });
  return template.id;
}

beforeAll(async () => {
  templateId = await startClaimableCoupon(await loginMarketer(shopUrl));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('a member signs in under the name they type, claims a coupon, finds it in 我的优惠券, shows the member code, binds a phone and finds the stores', async ({ task }) => {
  page = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(page, task.name)}`);
  });
  // Somewhere in central Shanghai, so the store list comes sorted with distances.
  await page.context().grantPermissions(['geolocation'], { origin: shopUrl });
  await page.context().setGeolocation({ latitude: 31.2304, longitude: 121.4737 });
  const shop = storefront(page, shopUrl);

  // The name typed at the H5 login is the new member's nickname, on 我的 (issue 13: 林小雨 became 微信用户ZlH5).
  const name = `林小雨${String(Date.now()).slice(-6)}`;
  await shop.login(name);
  await expect.poll(async () => (await shop.byTestId('me-name').textContent())?.trim()).toBe(name);

  // 领券中心 from the 我的 page: the marketer's coupon, claimed with one tap.
  await page.getByText('领券中心', { exact: true }).click();
  await page.waitForURL(/member\/coupon-centre/);
  const ticket = shop.byTestId(`claimable-${templateId}`);
  await expect.poll(() => ticket.textContent()).toContain(COUPON_NAME);
  await expect.poll(() => shop.byTestId(`claimable-${templateId}-rule`).textContent()).toBe('满¥299减¥40');
  await shop.byTestId(`claim-${templateId}`).click();
  await expect.poll(() => shop.byTestId(`claim-${templateId}`).textContent()).toBe('去使用');

  // 我的优惠券: the coupon is usable.
  await shop.byTestId('coupon-centre-mine').click();
  await page.waitForURL(/member\/coupons/);
  await shop.byTestId('my-coupon-list').filter({ hasText: COUPON_NAME }).waitFor();

  // 会员中心: tier, points and a member QR code that the browser really draws.
  await shop.open('/packages/member/centre/index');
  await shop.byTestId('tier-name').waitFor();
  await expect.poll(() => shop.byTestId('points-balance').textContent()).toMatch(/^\d+$/);
  const qr = shop.byTestId('member-qr').locator('img');
  await expect.poll(() => qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // 个人资料: H5's development field binds a phone; it comes back masked.
  await shop.open('/packages/member/profile/index');
  await expect.poll(() => shop.byTestId('profile-phone').textContent()).toBe('未绑定');
  await shop.byTestId('phone-dev-input').locator('input').fill('13912345678');
  await shop.byTestId('phone-dev-submit').click();
  await expect.poll(() => shop.byTestId('profile-phone').textContent()).toBe('139****5678');

  // 门店: the three demo stores, each with its distance from here.
  await shop.open('/packages/member/stores/index');
  for (const name of ['栖行 静安体验店', '栖行 徐汇武康路体验店', '栖行 浦东陆家嘴体验店']) await shop.byTestId('store-list').getByText(name).waitFor();
  await expect.poll(() => page.locator('[data-testid^="store-distance-"]').count()).toBe(3);
}, 60_000);
