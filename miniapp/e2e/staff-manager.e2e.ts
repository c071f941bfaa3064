import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, saveScreenshot, tabletPage } from './support/browser';

const shopUrl = inject('shopUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A landscape tablet of its own (own storage, so its own staff session). */
async function tablet(): Promise<{ page: Page; byTestId: (id: string) => ReturnType<Page['locator']> }> {
  const page = await tabletPage(browser);
  return { page, byTestId: (id: string) => page.locator(`[data-testid="${id}"]`) };
}

async function signIn(page: Page, byTestId: (id: string) => ReturnType<Page['locator']>, username: string, password: string): Promise<void> {
  await page.goto(`${shopUrl}/#/packages/staff/login/index`);
  await byTestId('staff-username').locator('input').fill(username);
  await byTestId('staff-password').locator('input').fill(password);
  await byTestId('staff-login-submit').click();
  await page.waitForURL(/staff\/counter\/index/);
}

it('a store manager adds a staff member who signs in, deactivates them so their next tap goes back to login, and moves a unit to display samples', async ({ task }) => {
  const manager = await tablet();
  const staff = await tablet();
  onTestFailed(async () => {
    console.log(`screenshots: ${await saveScreenshot(manager.page, `${task.name}-manager`)} ${await saveScreenshot(staff.page, `${task.name}-staff`)}`);
  });

  // 店长 signs in; 门店管理 is a tab for managers.
  await signIn(manager.page, manager.byTestId, 'manager.ja', 'Demo-staff-2026');
  await manager.byTestId('staff-nav-team').click();
  await manager.page.waitForURL(/staff\/team\/index/);
  await expect.poll(() => manager.byTestId('team-member').count()).toBeGreaterThanOrEqual(3);

  // 添加店员
  const username = `e2e.${Date.now().toString(36)}`;
  await manager.byTestId('team-add-username').locator('input').fill(username);
  await manager.byTestId('team-add-name').locator('input').fill('赵小满');
  await manager.byTestId('team-add-password').locator('input').fill('Welcome-2026');
  await manager.byTestId('team-add-submit').click();
  const row = manager.byTestId('team-member').filter({ hasText: username });
  await expect.poll(() => row.locator('[data-testid="team-member-status"]').textContent()).toBe('在职');

  // The new staff member signs in on another tablet and works.
  await signIn(staff.page, staff.byTestId, username, 'Welcome-2026');
  await expect.poll(() => staff.byTestId('staff-name').textContent()).toBe('赵小满');
  await expect.poll(() => staff.byTestId('staff-nav-team').count()).toBe(0);
  await staff.byTestId('staff-nav-orders').click();
  await staff.page.waitForURL(/staff\/orders\/index/);

  // The manager deactivates them (confirming the dialog).
  await row.locator('[data-testid="team-member-toggle"]').click();
  await manager.page.locator('.taro-model__confirm').click();
  await expect.poll(() => row.locator('[data-testid="team-member-status"]').textContent()).toBe('已停用');

  // Their very next action is refused and the tablet is back at its login, token forgotten.
  await staff.byTestId('staff-nav-pickup').click();
  await staff.page.waitForURL(/staff\/login\/index/);
  await staff.byTestId('staff-username').locator('input').fill(username);
  await staff.byTestId('staff-password').locator('input').fill('Welcome-2026');
  await staff.byTestId('staff-login-submit').click();
  await expect.poll(() => staff.page.url()).toMatch(/staff\/login\/index/);

  // 样品管理: one 本白 T-shirt from the shelf to the display samples.
  const desk = manager.byTestId('samples-desk');
  await desk.locator('[data-testid="product-query"] input').fill('纯棉');
  await desk.locator('[data-testid="product-search-submit"]').click();
  await desk.locator('[data-testid="product-row"]').filter({ hasText: '重磅纯棉圆领T恤' }).getByText('重磅纯棉圆领T恤').click();
  const white = desk.locator('[data-testid="sample-row"]').filter({ hasText: '本白' });
  await expect.poll(() => white.locator('[data-testid="sample-sellable"]').textContent()).toMatch(/^可售 \d+ 件$/);
  const count = async (id: string) => Number(/\d+/.exec((await white.locator(`[data-testid="${id}"]`).textContent()) ?? '')?.[0]);
  const [sellable, samples] = [await count('sample-sellable'), await count('sample-units')];
  await white.locator('[data-testid="sample-to-display"]').click();
  await expect.poll(() => count('sample-units')).toBe(samples + 1);
  expect(await count('sample-sellable')).toBe(sellable - 1);
});
