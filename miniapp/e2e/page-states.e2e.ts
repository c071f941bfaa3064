import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';
import { storefront } from './support/storefront';

/**
 * Issue 13 items 5 and 10, as a shopper on a bad connection meets them: the API down on a
 * product page and on 我的订单, a tab whose page cannot load, an unknown link, and the H5 title
 * bar with its back button.
 */
const shopUrl = inject('shopUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(name: string): Promise<ReturnType<typeof storefront>> {
  page = await phonePage(browser);
  onTestFailed(async () => {
    console.log(`screenshot: ${await saveScreenshot(page, name)}`);
  });
  return storefront(page, shopUrl);
}

const cutApi = () => page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
const restoreApi = () => page.unroute('**/api/v1/**');

async function firstProductId(): Promise<number> {
  const answer = (await (await fetch(`${shopUrl}/api/v1/products?limit=1`)).json()) as { items: { id: number; title: string }[] };
  return answer.items[0]!.id;
}

it('says 网络异常 on a product page while the API is down, not that the product is gone, and loads it on retry', async () => {
  const shop = await freshPage('states-product-offline');
  const id = await firstProductId();
  await cutApi();
  await shop.open(`/packages/shop/product/index?id=${id}`);
  const failed = shop.byTestId('load-failed');
  await expect.poll(() => failed.textContent()).toContain('网络异常，点击重试');
  expect(await page.getByText('商品不存在或已下架').count()).toBe(0);

  await restoreApi();
  await failed.getByText('重新加载').click();
  await shop.byTestId('buy-now').waitFor();
  expect(await shop.byTestId('load-failed').count()).toBe(0);
  await page.context().close();
});

it('says the product is gone for an id that does not exist', async () => {
  const shop = await freshPage('states-product-missing');
  await shop.open('/packages/shop/product/index?id=987654');
  await expect.poll(() => shop.byTestId('not-found').textContent()).toContain('商品不存在或已下架');
  await page.context().close();
});

it('shows 我的订单 failed with a retry instead of a blank page, then the orders', async () => {
  const shop = await freshPage('states-orders-offline');
  await shop.login(`states-${Date.now()}`);
  await cutApi();
  await shop.open('/packages/trade/orders/index');
  const failed = shop.byTestId('load-failed');
  await expect.poll(() => failed.textContent()).toContain('网络异常，点击重试');

  await restoreApi();
  await failed.getByText('重新加载').click();
  // A new member has no orders: the empty state, told apart from the failure.
  await expect.poll(() => shop.byTestId('empty-state').textContent()).toContain('还没有相关订单');
  expect(await shop.byTestId('load-failed').count()).toBe(0);
  await page.context().close();
});

it('shows the failed state when a tab page cannot be loaded, and the tab once the shop answers again', async () => {
  const shop = await freshPage('states-tab-offline');
  await shop.open('/pages/home/index');
  await shop.byTestId('product-card').first().waitFor();
  // The shop goes away: neither the page scripts nor the API answer.
  await page.route('**/*', (route) => (route.request().url().startsWith(shopUrl) ? route.abort('internetdisconnected') : route.continue()));
  await page.locator('.weui-tabbar__item').filter({ hasText: '分类' }).click();
  const failed = shop.byTestId('load-failed');
  await expect.poll(() => failed.first().textContent()).toContain('网络异常，点击重试');

  await page.unroute('**/*');
  await failed.first().getByText('重新加载').click();
  await page.waitForURL(/#\/pages\/category\/index/);
  await page.locator('[data-testid="load-failed"]').first().waitFor({ state: 'detached' });
  expect(page.url()).toContain('/pages/category/index');
  await page.context().close();
});

it('lands an unknown link on 页面不存在 with a way home', async () => {
  const shop = await freshPage('states-unknown-route');
  await shop.open('/packages/shop/no-such-page/index?id=1');
  await expect.poll(() => shop.byTestId('not-found').textContent()).toContain('页面不存在');
  await shop.byTestId('not-found').getByText('回到首页').click();
  await page.waitForURL(/#\/pages\/home\/index/);
  await shop.byTestId('product-card').first().waitFor();
  await page.context().close();
});

it('gives H5 subpages a title bar with the page title and a back button', async () => {
  const shop = await freshPage('states-title-bar');
  await shop.open('/pages/home/index');
  await shop.byTestId('product-card').first().click();
  await shop.byTestId('buy-now').waitFor();
  const bar = page.locator('#taro-navigation-bar');
  await expect.poll(() => bar.locator('.taro-navigation-bar-title').textContent()).toBe('商品详情');
  const back = bar.locator('.taro-navigation-bar-back');
  expect(await back.isVisible()).toBe(true);
  await back.click();
  await page.waitForURL(/#\/pages\/home\/index/);
  await page.context().close();
});
