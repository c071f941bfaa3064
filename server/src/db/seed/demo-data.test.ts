import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { demoShop } from './demo-data.js';
import type { DemoProduct, DemoSku } from './demo-data.types.js';

const publicDir = fileURLToPath(new URL('../../../public', import.meta.url));

const products: DemoProduct[] = demoShop.categories.flatMap((c) => c.products);
const skus: { product: DemoProduct; sku: DemoSku }[] = products.flatMap((product) =>
  product.skus.map((sku) => ({ product, sku })),
);
const storeCodes = demoShop.stores.map((s) => s.code);

/** Canonical key for a SKU's spec combination, in the product's spec order. */
function comboKey(product: DemoProduct, sku: DemoSku): string {
  return JSON.stringify(product.specs.map((spec) => sku.specValues[spec.name]));
}

function storeTotal(sku: DemoSku): number {
  return Object.values(sku.storeStock).reduce((sum, n) => sum + n, 0);
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('demo shop: catalogue shape', () => {
  it('has at least 6 categories with unique codes and matching icons', () => {
    expect(demoShop.categories.length).toBeGreaterThanOrEqual(6);
    expect(duplicates(demoShop.categories.map((c) => c.code))).toEqual([]);
    for (const category of demoShop.categories) {
      expect(category.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(category.name.trim()).not.toBe('');
      expect(category.icon).toBe(`/images/categories/${category.code}.svg`);
    }
  });

  it('has at least 42 products, 5 to 8 per category', () => {
    expect(products.length).toBeGreaterThanOrEqual(42);
    for (const category of demoShop.categories) {
      expect(category.products.length, category.code).toBeGreaterThanOrEqual(5);
      expect(category.products.length, category.code).toBeLessThanOrEqual(8);
    }
  });

  it('uses unique lowercase kebab-case slugs', () => {
    for (const product of products) expect(product.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(duplicates(products.map((p) => p.slug))).toEqual([]);
  });

  it('has non-empty, distinct Chinese copy without placeholder text', () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const product of products) {
      for (const text of [product.title, product.subtitle, product.description]) {
        expect(text.trim(), product.slug).not.toBe('');
        expect(text, product.slug).toMatch(cjk);
        expect(text.toLowerCase(), product.slug).not.toMatch(/lorem|ipsum|todo|placeholder/);
      }
      const sentences = product.description.split(/[。！？]/).filter((s) => s.trim() !== '');
      expect(sentences.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(sentences.length, product.slug).toBeLessThanOrEqual(3);
    }
    expect(duplicates(products.map((p) => p.title))).toEqual([]);
    expect(duplicates(products.map((p) => p.subtitle))).toEqual([]);
    expect(duplicates(products.map((p) => p.description))).toEqual([]);
  });

  it('has integer sales between 0 and 5000, not all equal', () => {
    for (const product of products) {
      expect(Number.isInteger(product.sales), product.slug).toBe(true);
      expect(product.sales, product.slug).toBeGreaterThanOrEqual(0);
      expect(product.sales, product.slug).toBeLessThanOrEqual(5000);
    }
    expect(new Set(products.map((p) => p.sales)).size).toBeGreaterThan(products.length / 2);
  });
});

describe('demo shop: specs and SKUs', () => {
  it('gives each product 0-2 specs with unique names and unique, non-empty values', () => {
    for (const product of products) {
      expect(product.specs.length, product.slug).toBeLessThanOrEqual(2);
      expect(duplicates(product.specs.map((s) => s.name)), product.slug).toEqual([]);
      for (const spec of product.specs) {
        expect(spec.values.length, `${product.slug} ${spec.name}`).toBeGreaterThan(0);
        expect(duplicates(spec.values), `${product.slug} ${spec.name}`).toEqual([]);
      }
    }
  });

  it('gives each product 1-3 SKUs, exactly one for spec-less products', () => {
    for (const product of products) {
      expect(product.skus.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.skus.length, product.slug).toBeLessThanOrEqual(3);
      if (product.specs.length === 0) {
        expect(product.skus, product.slug).toHaveLength(1);
        expect(product.skus[0].specValues, product.slug).toEqual({});
      }
    }
  });

  it('sets exactly one valid value per spec on every SKU', () => {
    for (const { product, sku } of skus) {
      expect(Object.keys(sku.specValues).sort(), product.slug).toEqual(product.specs.map((s) => s.name).sort());
      for (const spec of product.specs) {
        expect(spec.values, `${product.slug} ${spec.name}`).toContain(sku.specValues[spec.name]);
      }
    }
  });

  it('never repeats a spec combination within a product', () => {
    for (const product of products) {
      expect(duplicates(product.skus.map((sku) => comboKey(product, sku))), product.slug).toEqual([]);
    }
  });

  it('offers every listed spec value on at least one SKU', () => {
    for (const product of products) {
      for (const spec of product.specs) {
        for (const value of spec.values) {
          const used = product.skus.some((sku) => sku.specValues[spec.name] === value);
          expect(used, `${product.slug} ${spec.name}=${value}`).toBe(true);
        }
      }
    }
  });
});

describe('demo shop: prices', () => {
  it('uses positive integer fen prices', () => {
    for (const { product, sku } of skus) {
      expect(Number.isSafeInteger(sku.price), product.slug).toBe(true);
      expect(sku.price, product.slug).toBeGreaterThanOrEqual(100);
      expect(sku.price, product.slug).toBeLessThanOrEqual(1_000_000);
    }
  });

  it('keeps member prices integer and 5-10% below the list price', () => {
    for (const { product, sku } of skus) {
      if (sku.memberPrice === undefined) continue;
      expect(Number.isSafeInteger(sku.memberPrice), product.slug).toBe(true);
      expect(sku.memberPrice, product.slug).toBeLessThan(sku.price);
      const discount = 1 - sku.memberPrice / sku.price;
      expect(discount, product.slug).toBeGreaterThanOrEqual(0.045);
      expect(discount, product.slug).toBeLessThanOrEqual(0.1);
    }
  });

  it('gives roughly half of the SKUs a member price', () => {
    const share = skus.filter(({ sku }) => sku.memberPrice !== undefined).length / skus.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.7);
  });
});

describe('demo shop: stock', () => {
  it('keeps warehouse stock at 20-500, or 0 only for sold-out SKUs', () => {
    for (const { product, sku } of skus) {
      expect(Number.isInteger(sku.warehouseStock), product.slug).toBe(true);
      if (sku.warehouseStock === 0) {
        expect(storeTotal(sku), `${product.slug} sold out`).toBe(0);
      } else {
        expect(sku.warehouseStock, product.slug).toBeGreaterThanOrEqual(20);
        expect(sku.warehouseStock, product.slug).toBeLessThanOrEqual(500);
      }
    }
  });

  it('only stocks known stores, with non-negative integer quantities', () => {
    for (const { product, sku } of skus) {
      for (const [code, qty] of Object.entries(sku.storeStock)) {
        expect(storeCodes, product.slug).toContain(code);
        expect(Number.isInteger(qty) && qty >= 0, `${product.slug} ${code}`).toBe(true);
      }
    }
  });

  it('has SKUs missing from some stores, delivery-only SKUs and a sold-out SKU', () => {
    const stockIn = (sku: DemoSku, code: string): number => sku.storeStock[code] ?? 0;
    const partial = skus.filter(({ sku }) => storeCodes.some((c) => stockIn(sku, c) === 0) && storeTotal(sku) > 0);
    const deliveryOnly = skus.filter(({ sku }) => storeTotal(sku) === 0 && sku.warehouseStock > 0);
    const soldOut = skus.filter(({ sku }) => storeTotal(sku) === 0 && sku.warehouseStock === 0);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    expect(deliveryOnly.length).toBeGreaterThanOrEqual(2);
    expect(soldOut.length).toBeGreaterThanOrEqual(1);
    for (const code of storeCodes) {
      expect(skus.some(({ sku }) => stockIn(sku, code) > 0), code).toBe(true);
    }
  });
});

describe('demo shop: display samples', () => {
  it('puts a few try-on samples in every store, including a SKU the store cannot sell from its own shelf', () => {
    for (const { product, sku } of skus) {
      for (const [code, qty] of Object.entries(sku.displayStock ?? {})) {
        expect(storeCodes, product.slug).toContain(code);
        expect(Number.isInteger(qty) && qty >= 0 && qty <= 2, `${product.slug} ${code}`).toBe(true);
      }
    }
    for (const code of storeCodes) expect(skus.some(({ sku }) => (sku.displayStock?.[code] ?? 0) > 0), code).toBe(true);
    expect(skus.some(({ sku }) => storeCodes.some((c) => (sku.displayStock?.[c] ?? 0) > 0 && (sku.storeStock[c] ?? 0) === 0))).toBe(true);
  });
});

describe('demo shop: stores, warehouse and staff', () => {
  it('has three Shanghai stores with unique codes and plausible details', () => {
    expect(demoShop.stores).toHaveLength(3);
    expect(duplicates(storeCodes)).toEqual([]);
    for (const store of demoShop.stores) {
      expect(store.city, store.code).toBe('上海市');
      expect(store.address, store.code).toContain(store.district);
      expect(store.latitude, store.code).toBeGreaterThan(30.9);
      expect(store.latitude, store.code).toBeLessThan(31.5);
      expect(store.longitude, store.code).toBeGreaterThan(121.2);
      expect(store.longitude, store.code).toBeLessThan(121.8);
      expect(store.phone, store.code).toMatch(/^021-\d{8}$/);
      expect(store.openingHours, store.code).toMatch(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/);
      expect(store.deliveryRadiusMeters, store.code).toBeGreaterThanOrEqual(3000);
      expect(store.deliveryRadiusMeters, store.code).toBeLessThanOrEqual(5000);
    }
  });

  it('has the central warehouse, distinct from store codes', () => {
    expect(demoShop.warehouse.code).toBe('WH-CENTRAL');
    expect(storeCodes).not.toContain(demoShop.warehouse.code);
    expect(demoShop.warehouse.address).toContain('上海');
  });

  it('has unique ascii usernames and non-empty passwords', () => {
    const usernames = demoShop.staff.map((s) => s.username);
    expect(duplicates(usernames)).toEqual([]);
    for (const account of demoShop.staff) {
      expect(account.username).toMatch(/^[a-z][a-z0-9.]*$/);
      expect(account.password.length, account.username).toBeGreaterThanOrEqual(8);
      expect(account.displayName.trim(), account.username).not.toBe('');
    }
  });

  it('has one manager and two staff per store, plus a marketer and an admin without a store', () => {
    for (const account of demoShop.staff) {
      if (account.role === 'staff' || account.role === 'store_manager') {
        expect(storeCodes, account.username).toContain(account.storeCode);
      } else {
        expect(account.storeCode, account.username).toBeNull();
      }
    }
    for (const code of storeCodes) {
      const atStore = demoShop.staff.filter((s) => s.storeCode === code);
      expect(atStore.filter((s) => s.role === 'store_manager'), code).toHaveLength(1);
      expect(atStore.filter((s) => s.role === 'staff'), code).toHaveLength(2);
    }
    expect(demoShop.staff.filter((s) => s.role === 'marketer')).toHaveLength(1);
    expect(demoShop.staff.filter((s) => s.role === 'admin')).toHaveLength(1);
  });
});

describe('demo shop: images', () => {
  it('references 1-3 numbered SVGs per product', () => {
    for (const product of products) {
      expect(product.images.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.images.length, product.slug).toBeLessThanOrEqual(3);
      product.images.forEach((image, i) => {
        expect(image).toBe(`/images/products/${product.slug}-${i + 1}.svg`);
      });
    }
  });

  it('has every referenced image on disk as a small, self-contained SVG', () => {
    const paths = [...demoShop.categories.map((c) => c.icon), ...products.flatMap((p) => p.images)];
    for (const webPath of paths) {
      const file = join(publicDir, webPath);
      expect(existsSync(file), webPath).toBe(true);
      expect(statSync(file).size, webPath).toBeLessThan(3 * 1024);
      const svg = readFileSync(file, 'utf8');
      expect(svg.startsWith('<svg'), webPath).toBe(true);
      // The only URL allowed is the SVG namespace; no external resources.
      expect(svg.replace('http://www.w3.org/2000/svg', ''), webPath).not.toMatch(/https?:\/\//);
    }
  });
});
