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

it('a marketer adds 帆布包, moves it to the top and switches 拖鞋 off; the shopper search page shows 帆布包 first and no 拖鞋, until the marketer deletes it and switches 拖鞋 on again', async ({ task }) => {
  const desk = await tabletPage(browser);
  consolePage = desk;
  onTestFailed(async () => {
    for (const [name, page] of [['console', consolePage], ['phone', phone]] as const) if (page) console.log(`screenshot: ${await saveScreenshot(page, `${task.name}-${name}`)}`);
  });
  const byTestId = (id: string) => desk.locator(`[data-testid="${id}"]`);
  const wordsInConsole = () => byTestId('hot-word-list').locator('[data-testid$="-text"]').allTextContents();
  /** The row's id, read from the row that shows exactly this word. */
  const rowIdOf = async (word: string): Promise<number> => {
    const row = byTestId('hot-word-list').locator('.staff-list-row').filter({ has: desk.locator('[data-testid$="-text"]', { hasText: new RegExp(`^${word}$`) }) });
    return Number((await row.getAttribute('data-testid'))!.replace('hot-word-', ''));
  };

  // 营销后台登录, then the 热搜词 tab: the shop's words, in order.
  await desk.goto(`${shopUrl}/#/packages/marketing/login/index`);
  await byTestId('marketing-username').locator('input').fill('marketer');
  await byTestId('marketing-password').locator('input').fill('Demo-marketer-2026');
  await byTestId('marketing-login-submit').click();
  await desk.waitForURL(/marketing\/campaigns\/index/);
  await byTestId('marketing-nav-hotWords').click();
  await desk.waitForURL(/marketing\/hot-words\/index/);
  await byTestId('hot-word-list').waitFor();
  const before = await wordsInConsole();
  expect(before).toContain('双肩包');
  expect(before).toContain('拖鞋');
  expect(before).not.toContain('帆布包');

  // Mistakes are named under the field: nothing typed, then a word the list already has.
  const newWord = byTestId('hot-word-new-input').locator('input');
  await byTestId('hot-word-add').click();
  await expect.poll(() => byTestId('hot-word-new-error').textContent()).toBe('请输入热搜词');
  await newWord.fill('双肩包');
  await expect.poll(() => byTestId('hot-word-new-error').count()).toBe(0);
  await byTestId('hot-word-add').click();
  await expect.poll(() => byTestId('hot-word-new-error').textContent()).toBe('「双肩包」已经在热搜词里了');

  // 帆布包 goes in last, then 上移 until it is first.
  await newWord.fill('帆布包');
  await byTestId('hot-word-add').click();
  await expect.poll(wordsInConsole).toEqual([...before, '帆布包']);
  await expect.poll(() => newWord.inputValue()).toBe('');
  const canvasBag = await rowIdOf('帆布包');
  for (let place = before.length; place > 0; place--) {
    await byTestId(`hot-word-${canvasBag}-up`).click();
    await expect.poll(async () => (await wordsInConsole()).indexOf('帆布包')).toBe(place - 1);
  }
  await expect.poll(wordsInConsole).toEqual(['帆布包', ...before]);
  await expect.poll(() => byTestId(`hot-word-${canvasBag}-up`).getAttribute('aria-disabled')).toBe('true');

  // 拖鞋 off: still in the list, marked so.
  const slippers = await rowIdOf('拖鞋');
  await byTestId(`hot-word-${slippers}-toggle`).click();
  await expect.poll(() => byTestId(`hot-word-${slippers}-state`).textContent()).toBe('已停用');
  await expect.poll(() => byTestId(`hot-word-${slippers}-toggle`).textContent()).toBe('启用');

  // The shopper, before typing: 帆布包 first, 拖鞋 gone.
  phone = await phonePage(browser);
  const shop = storefront(phone, shopUrl);
  const chips = () => shop.byTestId('hot-word').allTextContents();
  await shop.open('/packages/shop/search/index');
  await shop.byTestId('hot-words').waitFor();
  await expect.poll(chips).toEqual(['帆布包', ...before.filter((word) => word !== '拖鞋')]);

  // Back as it was (other storefront tests share this shop): 帆布包 deleted after the confirm, 拖鞋 on.
  await byTestId(`hot-word-${canvasBag}-delete`).click();
  await desk.locator('.taro-model__confirm').click();
  await expect.poll(wordsInConsole).toEqual(before);
  await byTestId(`hot-word-${slippers}-toggle`).click();
  await expect.poll(() => byTestId(`hot-word-${slippers}-state`).textContent()).toBe('搜索页展示中');
  await phone.reload();
  await shop.byTestId('hot-words').waitFor();
  await expect.poll(chips).toEqual(before);
}, 120_000);
