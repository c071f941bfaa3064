import { leaderUnitPrice, MAX_GROUP_ORDER_QTY, priceOrder, pricingInput, type GroupbuyOfferView, type PricingContext, type ProductDetail, type SkuView } from '@shop/shared';
import { specText } from '../../../lib/format';
import { skuStock } from '../../../lib/sku-picker';

export type GroupRole = 'leader' | 'member';

/** One SKU of a campaign as the order form offers it. */
export interface SkuChoice {
  sku: SkuView;
  /** "墨黑 / L" in the product's spec order, "默认" for a product without specs. */
  label: string;
  /** This buyer's unit price: the leader's price when starting a group. */
  unitPrice: number;
  /** Units this order may take: the campaign's units left, the stock, the per-order limit. */
  maxQty: number;
}

/** The campaign's SKUs the product still sells, with this buyer's price and how many they can order. */
export function skuChoices(offer: GroupbuyOfferView, product: ProductDetail, role: GroupRole): SkuChoice[] {
  const skus = new Map(product.skus.map((sku) => [sku.id, sku]));
  const specOrder = product.specs.map((spec) => spec.name);
  return offer.skus.flatMap((entry) => {
    const sku = skus.get(entry.skuId);
    if (!sku?.isActive) return [];
    const unitPrice = role === 'leader' ? leaderUnitPrice(entry.groupPrice, offer.leaderDiscount) : entry.groupPrice;
    return [{ sku, label: specText(sku.specValues, specOrder) || '默认', unitPrice, maxQty: Math.max(0, Math.min(entry.available, skuStock(sku), MAX_GROUP_ORDER_QTY)) }];
  });
}

/** Whether anyone can still order in this campaign: it runs and some SKU has units. */
export function offerOpen(offer: GroupbuyOfferView | null | undefined, product: ProductDetail | null | undefined): boolean {
  if (!offer || !product) return false;
  return skuChoices(offer, product, 'member').some((choice) => choice.maxQty > 0);
}

/** The "¥59 起" of an offer: its cheapest group price that can be ordered, beside that SKU's single price. */
export function offerHeadline(offer: GroupbuyOfferView, product: ProductDetail): { groupPrice: number; listPrice: number } | null {
  const choices = skuChoices(offer, product, 'member');
  const orderable = choices.filter((choice) => choice.maxQty > 0);
  const cheapest = [...(orderable.length ? orderable : choices)].sort((a, b) => a.unitPrice - b.unitPrice)[0];
  return cheapest ? { groupPrice: cheapest.unitPrice, listPrice: cheapest.sku.price } : null;
}

/**
 * What the order will cost, priced with the shared engine and the server's own context (group
 * price, no coupons or points, the shop's shipping rule), so it matches the charge to the fen.
 */
export function estimateOrder(context: PricingContext, product: Pick<ProductDetail, 'id' | 'categoryId'>, choice: SkuChoice, qty: number, fulfillment: 'delivery' | 'pickup'): { payable: number; shippingFee: number } {
  const line = { skuId: choice.sku.id, quantity: qty, listPrice: choice.sku.price, memberPrice: choice.sku.memberPrice, productId: product.id, categoryId: product.categoryId, groupPrice: choice.unitPrice };
  const result = priceOrder(pricingInput(context, { lines: [line], fulfillment, coupons: { mode: 'none' } }));
  return { payable: result.payableTotal, shippingFee: result.shippingFee };
}
