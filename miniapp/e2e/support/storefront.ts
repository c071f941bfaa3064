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
    /** Picks 省 → 市 → 区县 in the address form's region sheet (it closes on the district). */
    async pickRegion(province: string, city: string, district: string) {
      await byTestId('address-region').click();
      const steps = [province, city, district];
      for (const [step, name] of steps.entries()) {
        await byTestId('region-option').getByText(name, { exact: true }).click();
        // The next list must be showing before its name is looked for (上海市 is also its own city).
        if (step < steps.length - 1) await page.locator(`[data-testid="region-tab-${step + 1}"].region-sheet__tab--on`).waitFor();
      }
      await byTestId('region-sheet').waitFor({ state: 'detached' });
    },
    /** Fills the address form (opened from checkout or 收货地址), the region through its sheet, and saves it. */
    async addAddress(address: Record<'recipientName' | 'phone' | 'province' | 'city' | 'district' | 'detail', string>) {
      const { province, city, district, ...typed } = address;
      for (const [field, value] of Object.entries(typed)) await byTestId(`address-${field}`).locator('input').fill(value);
      await this.pickRegion(province, city, district);
      await byTestId('save-address').click();
    },
  };
}
