import type { Page } from 'playwright-core';

/** Steps a shopper takes in the H5 storefront, by the data-testid hooks the pages carry. */
export function storefront(page: Page, shopUrl: string) {
  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  return {
    byTestId,
    open: (route: string) => page.goto(`${shopUrl}/#${route}`),
    async login(name: string) {
      await page.goto(`${shopUrl}/#/pages/login/index`);
      await byTestId('login-name').locator('input').fill(name);
      await byTestId('login-submit').click();
      await page.waitForURL(/#\/pages\/me\/index/);
      await byTestId('me-name').filter({ hasNotText: '点击登录' }).waitFor();
    },
    async search(term: string) {
      await page.goto(`${shopUrl}/#/packages/shop/search/index`);
      await byTestId('search-input').locator('input').fill(term);
      await byTestId('search-submit').click();
      await byTestId('product-card').first().waitFor();
    },
    /** Fills the address form (opened from checkout) and saves it. */
    async addAddress(address: Record<'recipientName' | 'phone' | 'province' | 'city' | 'district' | 'detail', string>) {
      for (const [field, value] of Object.entries(address)) await byTestId(`address-${field}`).locator('input').fill(value);
      await byTestId('save-address').click();
    },
  };
}
