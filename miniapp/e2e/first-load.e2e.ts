import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';

/**
 * Issue 13 item 12: what a first-time shopper downloads to see the home page. A fresh context
 * (nothing cached), every response counted by its bytes on the wire (headers plus the body as
 * sent, i.e. compressed), until the network is idle.
 *
 * Budget: the target is 300 KB. Before the bundle was split per page and subpackage
 * (miniapp/config: async chunks split too) this measured 222 KB, each page chunk repeating
 * ~280 KB of shared code; the figure now is printed by the test. The budget stays at 260 KB so
 * the test fails when the first load grows.
 * The shopper's walk (home, then a product) must not download any script holding code of the store
 * tablet (packages/staff) or the marketing console (packages/marketing): the build writes which
 * app packages each script holds (chunk-packages.json, config/chunk-packages-plugin.ts).
 */
const BUDGET_BYTES = 260 * 1024;

const shopUrl = inject('shopUrl');
let browser: Browser;
let page: Page;

interface Transfer {
  url: string;
  bytes: number;
  encoding: string;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The bytes one finished request took on the wire: its response's headers and encoded body. */
async function transferOf(request: Request): Promise<Transfer> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  return {
    url: request.url(),
    bytes: sizes.responseHeadersSize + sizes.responseBodySize,
    encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

it('loads the home page for a first-time shopper in at most 260 KB transferred, its code compressed', async () => {
  page = await phonePage(browser);
  const finished: Promise<Transfer>[] = [];
  const failures: string[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().startsWith('data:')) finished.push(transferOf(request));
  });
  page.on('requestfailed', (request) => failures.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  onTestFailed(async () => {
    if (failures.length) console.log(failures.join('\n'));
    console.log(`screenshot: ${await saveScreenshot(page, 'first-load')}`);
  });

  await page.goto(`${shopUrl}/`, { waitUntil: 'networkidle' });
  await page.locator('[data-testid="product-card"]').first().waitFor();
  // The product and category images start once the API answers have rendered.
  await page.waitForLoadState('networkidle');
  const transfers = await Promise.all(finished);

  const homeCount = finished.length;
  await page.locator('[data-testid="product-card"]').first().click();
  await page.locator('[data-testid="buy-now"], [data-testid="add-to-cart"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const productTransfers = (await Promise.all(finished)).slice(homeCount);
  await page.context().close();

  const chunkPackages = (await (await fetch(`${shopUrl}/chunk-packages.json`)).json()) as Record<string, string[]>;
  const scripts = [...transfers, ...productTransfers].map((t) => new URL(t.url).pathname.slice(1)).filter((path) => path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(1);
  const deskCode = scripts.filter((path) => (chunkPackages[path] ?? ['unknown']).some((owner) => owner === 'unknown' || owner === 'packages/staff' || owner === 'packages/marketing'));
  expect(deskCode, 'scripts a shopper downloaded that hold tablet or console code').toEqual([]);
  const productTotal = productTransfers.reduce((sum, t) => sum + t.bytes, 0);
  console.log(`opening a product page then adds ${kb(productTotal)} in ${productTransfers.length} responses`);

  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const largest = [...transfers].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  console.log(
    [
      `home page first load: ${kb(total)} in ${transfers.length} responses (budget ${kb(BUDGET_BYTES)})`,
      ...largest.map((t) => `  ${kb(t.bytes).padStart(9)}  ${t.encoding.padEnd(8)}  ${t.url.replace(shopUrl, '')}`),
    ].join('\n'),
  );

  expect(failures).toEqual([]);
  // The bundles and styles came compressed (brotli, or gzip where the browser offers no br).
  const code = transfers.filter((t) => /\.(js|css)(\?|$)/.test(t.url));
  expect(code.length).toBeGreaterThan(0);
  for (const t of code) expect.soft(t.encoding, t.url).toMatch(/^(br|gzip)$/);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
