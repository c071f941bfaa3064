import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts', import.meta.url));

const BUILD_WAIT_MS = 10 * 60_000;

/** Waits for the global setup's H5 build (started in the background) to be over; throws its failure. */
async function storefrontBuilt(): Promise<void> {
  const statusFile = inject('h5BuildStatusFile');
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (Date.now() < deadline) {
    if (existsSync(statusFile)) {
      const status = readFileSync(statusFile, 'utf8');
      if (status === 'ok') return;
      throw new Error(status);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the H5 build did not finish within ${BUILD_WAIT_MS / 60_000} minutes`);
}

/** Debian's Chromium, headless (never a downloaded browser build), once the storefront is built. */
export async function launchChromium(): Promise<Browser> {
  await storefrontBuilt();
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A phone-sized page, as shoppers see the H5 storefront. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A landscape tablet in a context of its own (own storage, so its own sign-in): the store tablet and the console. */
export async function tabletPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, locale: 'zh-CN', hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Saves what the page shows (used when a test fails), under the gitignored e2e/artifacts/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
