import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { launchChromium, phonePage, saveScreenshot } from './support/browser';

/**
 * Issue 13 item 12: what a first-time shopper downloads to see the home page. A fresh context
 * (nothing cached), every response counted by its bytes on the wire (headers plus the body as
 * sent, i.e. compressed), until the network is idle.
 *
 * Budget: the target is 300 KB; this run measured 222 KB in brotli (2026-12-04), so the
 * budget is that figure plus margin, 260 KB, to fail when the first load grows.
 * What remains beyond compression: the H5 bundle is not split per subpackage. app.js (420 KB raw)
 * carries code of every package, and each page chunk (~280 KB raw) repeats shared components,
 * so a shopper still downloads code for the store tablet and the marketing console, and a
 * product page adds another ~280 KB chunk. Splitting it is a build change (miniapp/config).
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
  await page.context().close();

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
