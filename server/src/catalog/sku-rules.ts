import type { ApiErrorDetail } from '@shop/shared';
import type { ProductSpec } from './product.entity.js';

/** Spec names must be unique per product and values unique per spec. */
export function specListProblems(specs: readonly ProductSpec[]): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const names = new Set<string>();
  specs.forEach((spec, i) => {
    if (names.has(spec.name)) problems.push({ path: `specs.${i}.name`, message: `duplicate spec name "${spec.name}"` });
    names.add(spec.name);
    if (new Set(spec.values).size !== spec.values.length) problems.push({ path: `specs.${i}.values`, message: 'spec values must be unique' });
  });
  return problems;
}

/** One string per combination of spec values, in spec order, to compare SKUs. */
function combinationKey(specs: readonly ProductSpec[], specValues: Record<string, string>): string {
  return JSON.stringify(specs.map((spec) => specValues[spec.name]));
}

/**
 * Every SKU names exactly one value for each spec, drawn from that spec's values, and no two
 * SKUs of a product (the new ones and `existing`) share a combination.
 */
export function specValueProblems(
  specs: readonly ProductSpec[],
  skus: readonly { specValues: Record<string, string> }[],
  existing: readonly { specValues: Record<string, string> }[] = [],
  pathOf: (index: number) => string = (i) => `skus.${i}.specValues`,
): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const specByName = new Map(specs.map((spec) => [spec.name, spec]));
  const seen = new Set(existing.map((sku) => combinationKey(specs, sku.specValues)));
  skus.forEach((sku, i) => {
    const path = pathOf(i);
    const before = problems.length;
    for (const spec of specs) {
      if (!Object.hasOwn(sku.specValues, spec.name)) problems.push({ path: `${path}.${spec.name}`, message: `missing a value for spec "${spec.name}"` });
    }
    for (const [name, value] of Object.entries(sku.specValues)) {
      const spec = specByName.get(name);
      if (!spec) problems.push({ path: `${path}.${name}`, message: `"${name}" is not a spec of this product` });
      else if (!spec.values.includes(value)) problems.push({ path: `${path}.${name}`, message: `"${value}" is not one of ${spec.values.join(', ')}` });
    }
    if (problems.length > before) return;
    const key = combinationKey(specs, sku.specValues);
    if (seen.has(key)) problems.push({ path, message: 'another SKU of this product already has these spec values' });
    seen.add(key);
  });
  return problems;
}

/** A member price, when there is one, is a discount: strictly below the list price. */
export function memberPriceProblem(price: number, memberPrice: number | null | undefined, path: string): ApiErrorDetail | null {
  if (memberPrice === null || memberPrice === undefined || memberPrice < price) return null;
  return { path, message: 'memberPrice must be lower than price' };
}

/**
 * The product's minPrice: the lowest active SKU price. With no active SKU (only possible off
 * shelf) the lowest of all SKUs, so the back office still shows a sensible figure.
 */
export function minPriceOf(skus: readonly { price: number; isActive: boolean }[]): number {
  const active = skus.filter((sku) => sku.isActive);
  const pool = active.length > 0 ? active : skus;
  return pool.length > 0 ? Math.min(...pool.map((sku) => sku.price)) : 0;
}

/** Codes for SKUs created without one: P<productId>-<n>, numbered after the product's existing SKUs. */
export function generatedSkuCode(productId: number, ordinal: number): string {
  return `P${productId}-${ordinal}`;
}

/** SKU codes given in one request must differ from each other (the database catches clashes with others). */
export function duplicateCodeProblems(skus: readonly { code?: string | undefined }[]): ApiErrorDetail[] {
  const seen = new Set<string>();
  const problems: ApiErrorDetail[] = [];
  skus.forEach((sku, i) => {
    if (sku.code === undefined) return;
    if (seen.has(sku.code)) problems.push({ path: `skus.${i}.code`, message: `SKU code "${sku.code}" is used twice` });
    seen.add(sku.code);
  });
  return problems;
}
