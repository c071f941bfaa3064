import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot, tabletPage } from './support/browser';
import { storefront } from './support/storefront';

const shopUrl = inject('shopUrl');
let browser: Browser;
let consolePage: Page | undefined;
let phone: Page | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('a marketer creates a bags-only coupon (unlisted by default), puts it live and issues a redeem code; a member redeems it and finds it in 我的优惠券 named for its category; the console counts it', async ({ task }) => {
  const desk = await tabletPage(browser);
  consolePage = desk;
  onTestFailed(async () => {
    for (const [name, page] of [['console', consolePage], ['phone', phone]] as const) if (page) console.log(`screenshot: ${await saveScreenshot(page, `${task.name}-${name}`)}`);
  });
  const byTestId = (id: string) => desk.locator(`[data-testid="${id}"]`);
  const couponName = `E2E 满199减30 ${Date.now() % 100000}`;

  // 营销后台登录, then the 优惠券 tab.
  await desk.goto(`${shopUrl}/#/packages/marketing/login/index`);
  await byTestId('marketing-username').locator('input').fill('marketer');
  await byTestId('marketing-password').locator('input').fill('Demo-marketer-2026');
  await byTestId('marketing-login-submit').click();
  await desk.waitForURL(/marketing\/campaigns\/index/);
  await byTestId('marketing-nav-coupons').click();
  await desk.waitForURL(/marketing\/coupons\/index/);

  // 新建优惠券: a mistake first (no threshold), then the full 满减 rule, saved as a draft.
  await byTestId('coupon-new').click();
  await desk.waitForURL(/marketing\/coupon-new\/index/);
  // A new coupon is not listed in 领券中心 until the marketer chooses so (issue 13).
  await expect.poll(() => desk.locator('[data-testid^="coupon-claim-centre-"].staff-choice--on').textContent()).toBe('不展示，仅兑换码、推送或新人礼包');
  await byTestId('coupon-name-input').locator('input').fill(couponName);
  await byTestId('coupon-amount-input').locator('input').fill('30');
  await byTestId('coupon-submit-draft').click();
  await expect.poll(() => byTestId('coupon-threshold-error').textContent()).toBe('满减券请填写使用门槛，如 满 199 元');
  await byTestId('coupon-threshold-input').locator('input').fill('199');
  // The problem goes as soon as the field is fixed, before the next submit (issue 13).
  await expect.poll(() => byTestId('coupon-threshold-error').count()).toBe(0);
  await byTestId('coupon-valid-days-input').locator('input').fill('15');
  await byTestId('coupon-submit-draft').click();
  await desk.waitForURL(/marketing\/coupons\/index/);

  // The list: the new draft on top (1000 by default); 修改 brings the form back to make it 100.
  const card = byTestId('coupon-list').locator('.staff-list-row').filter({ hasText: couponName });
  await card.waitFor();
  const id = Number((await card.getAttribute('data-testid'))!.replace('coupon-', ''));
  expect(id).toBeGreaterThan(0);
  await expect.poll(() => byTestId(`coupon-status-${id}`).textContent()).toBe('未上线');
  await expect.poll(() => byTestId(`coupon-issued-${id}`).textContent()).toBe('已发 0 / 1000 张');
  await byTestId(`coupon-${id}-edit`).click();
  await desk.waitForURL(new RegExp(`marketing/coupon-new/index\\?id=${id}`));
  await expect.poll(() => byTestId('coupon-threshold-input').locator('input').inputValue()).toBe('199');
  await byTestId('coupon-total-input').locator('input').fill('100');
  // Only for bags: the category by the name the shop gives it.
  await byTestId('coupon-scope-kind-categories').click();
  await desk.locator('[data-testid^="coupon-category-"]').filter({ hasText: /^箱包$/ }).click();
  await byTestId('coupon-submit-draft').click();
  await desk.waitForURL(/marketing\/coupons\/index/);

  // Its rule in words; 上线 puts it live.
  await expect.poll(() => byTestId(`coupon-status-${id}`).textContent()).toBe('未上线');
  await expect.poll(() => byTestId(`coupon-facts-${id}`).textContent()).toContain('满¥199减¥30');
  await expect.poll(() => byTestId(`coupon-facts-${id}`).textContent()).toContain('领取后15天内有效');
  // The scope names its category, not just "限指定分类商品" (issue 13).
  await expect.poll(() => byTestId(`coupon-facts-${id}`).textContent()).toContain('限 箱包 可用');
  await expect.poll(() => byTestId(`coupon-${id}`).textContent()).not.toContain('限指定分类商品');
  await expect.poll(() => byTestId(`coupon-issued-${id}`).textContent()).toBe('已发 0 / 100 张');
  await byTestId(`coupon-${id}-move-active`).click();
  await expect.poll(() => byTestId(`coupon-status-${id}`).textContent()).toBe('进行中');

  // 发放: three single-use redeem codes, shown once.
  await byTestId(`coupon-${id}-issue-toggle`).click();
  await byTestId(`coupon-${id}-codes-count-input`).locator('input').fill('3');
  await byTestId(`coupon-${id}-codes-generate`).click();
  const codes = byTestId(`coupon-${id}-codes-list`).locator('[data-testid="redeem-code"]');
  await expect.poll(() => codes.count()).toBe(3);
  const code = (await codes.first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);

  // A push to a number that is no member's: the console follows it until the job finished it.
  await byTestId(`coupon-${id}-segment-phones`).click();
  await byTestId(`coupon-${id}-push-phones`).locator('textarea').fill('13000000000');
  await byTestId(`coupon-${id}-push-send`).click();
  await desk.locator('.taro-model__confirm').click();
  await expect.poll(() => byTestId(`coupon-${id}-push-progress`).textContent()).toContain('1 个手机号不是会员');
  await expect.poll(() => byTestId(`coupon-${id}-push-progress`).textContent(), { timeout: 45_000 }).toMatch(/^已完成 · 目标 0 人/);

  // The member, on their phone: 我的优惠券, 兑换码, and the coupon is there to use.
  phone = await phonePage(browser);
  const shop = storefront(phone, shopUrl);
  await shop.login(`coupon-e2e-${Date.now()}`);
  await shop.open('/packages/member/coupons/index');
  await shop.byTestId('redeem-input').locator('input').fill(code.toLowerCase());
  await shop.byTestId('redeem-submit').click();
  const mine = shop.byTestId('my-coupon-list').locator('.coupon-ticket').filter({ hasText: couponName });
  await mine.waitFor();
  await expect.poll(() => mine.locator('.coupon-ticket__rule').textContent()).toBe('满¥199减¥30');
  // The member reads which goods it is for, by category name.
  await expect.poll(() => mine.textContent()).toContain('限 箱包 可用');

  // Back in the console: one issued, by redeem code.
  await desk.reload();
  await expect.poll(() => byTestId(`coupon-issued-${id}`).textContent()).toBe('已发 1 / 100 张');
  await expect.poll(() => byTestId(`coupon-stats-${id}-issued`).textContent()).toBe('已发放1');
  await expect.poll(() => byTestId(`coupon-sources-${id}`).textContent()).toBe('发放渠道：兑换码 1');
  // The push is on record after the reload.
  await byTestId(`coupon-${id}-issue-toggle`).click();
  await expect.poll(() => byTestId(`coupon-${id}-pushes`).textContent()).toContain('指定手机号');
  await expect.poll(() => byTestId(`coupon-${id}-push-progress`).textContent()).toMatch(/^已完成/);
}, 120_000);
