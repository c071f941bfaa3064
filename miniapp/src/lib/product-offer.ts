import { priceOrder, pricingInput, type PricingContext, type ProductDetail, type SkuView } from '@shop/shared';

export interface ProductOffer {
  /** What one unit costs this member after member price and the best coupon (goods only). */
  finalPrice: number;
  /** Below the list price: worth a "券后价" line. */
  saving: number;
  /** Coupons this unit can use now, and the ones close to usable with the server's reason. */
  usable: string[];
  almost: { name: string; reason: string }[];
}

/**
 * Prices one unit of a SKU for this member with the shared pricing function and the server's
 * own context (member price, tier, the coupons held, best coupon chosen), so the "券后价" shown
 * is what checkout will charge for the goods.
 */
export function productOffer(context: PricingContext, product: Pick<ProductDetail, 'id' | 'categoryId'>, sku: Pick<SkuView, 'id' | 'price' | 'memberPrice'>, now = new Date().toISOString()): ProductOffer {
  const line = { skuId: sku.id, quantity: 1, listPrice: sku.price, memberPrice: sku.memberPrice, productId: product.id, categoryId: product.categoryId };
  const result = priceOrder(pricingInput(context, { lines: [line], fulfillment: 'delivery', coupons: { mode: 'best' } }, now));
  const finalPrice = result.itemsTotal - result.discountTotal;
  const names = new Map(context.coupons.map((c) => [c.id, c.name]));
  const goodsReports = result.couponReport.filter((r) => context.coupons.find((c) => c.id === r.couponId)?.kind !== 'free_shipping');
  return {
    finalPrice,
    saving: result.itemsTotal - finalPrice,
    usable: goodsReports.filter((r) => r.applicable).map((r) => names.get(r.couponId) ?? ''),
    almost: goodsReports.filter((r) => !r.applicable && r.reasonCode === 'THRESHOLD_NOT_MET').map((r) => ({ name: names.get(r.couponId) ?? '', reason: r.reason ?? '' })),
  };
}
