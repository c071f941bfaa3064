import type { ProductDetail, SkuView } from '@shop/shared';

export type SpecSelection = Record<string, string>;
export type OptionState = 'selected' | 'available' | 'disabled';

/** Units of a SKU anyone can get: for delivery, or for pickup at some store. */
export function skuStock(sku: SkuView): number {
  return sku.deliveryAvailable + sku.storeAvailability.reduce((sum, store) => sum + store.available, 0);
}

function matches(sku: SkuView, selection: SpecSelection): boolean {
  return Object.entries(selection).every(([name, value]) => sku.specValues[name] === value);
}

/** SKUs that exist, are active and have stock somewhere. */
function buyableSkus(product: ProductDetail): SkuView[] {
  return product.skus.filter((sku) => sku.isActive && skuStock(sku) > 0);
}

/**
 * Whether a spec value can be picked given the other choices: only combinations that exist as
 * an active SKU with stock are offered, so the buyer can never end on a missing SKU.
 */
export function optionState(product: ProductDetail, selection: SpecSelection, specName: string, value: string): OptionState {
  if (selection[specName] === value) return 'selected';
  const candidate = { ...selection, [specName]: value };
  return buyableSkus(product).some((sku) => matches(sku, candidate)) ? 'available' : 'disabled';
}

/** Taps a value: selects it (or clears it when tapped again); a choice that conflicts with it is dropped. */
export function toggleOption(product: ProductDetail, selection: SpecSelection, specName: string, value: string): SpecSelection {
  if (selection[specName] === value) {
    const { [specName]: _dropped, ...rest } = selection;
    return rest;
  }
  const next = { ...selection, [specName]: value };
  if (buyableSkus(product).some((sku) => matches(sku, next))) return next;
  return { [specName]: value };
}

/** The chosen SKU once every spec has a value (a product without specs has its one SKU). */
export function selectedSku(product: ProductDetail, selection: SpecSelection): SkuView | null {
  const complete = product.specs.every((spec) => selection[spec.name] !== undefined);
  if (!complete) return null;
  return product.skus.find((sku) => sku.isActive && matches(sku, selection)) ?? null;
}

/** Starting selection: the only buyable SKU is picked for the buyer; otherwise they choose. */
export function initialSelection(product: ProductDetail): SpecSelection {
  const buyable = buyableSkus(product);
  return buyable.length === 1 ? { ...buyable[0]!.specValues } : {};
}

/** Spec names still to choose, for the "请选择 颜色" prompt. */
export function missingSpecs(product: ProductDetail, selection: SpecSelection): string[] {
  return product.specs.filter((spec) => selection[spec.name] === undefined).map((spec) => spec.name);
}

/** The price a member pays for a SKU when it beats the list price, else null. */
export function memberOffer(sku: Pick<SkuView, 'price' | 'memberPrice'>): number | null {
  return sku.memberPrice !== null && sku.memberPrice < sku.price ? sku.memberPrice : null;
}
