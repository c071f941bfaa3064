import { groupbuyOrderSchema, leaderUnitPrice, MAX_GROUP_ORDER_QTY, priceOrder, pricingInput } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { skuView } from '../../../../test/fixtures';
import { offer, pricingContext, product } from '../testing/fixtures';
import { estimateOrder, offerHeadline, offerOpen, skuChoices } from './offer';

describe('group offer', () => {
  it('lists the campaign’s SKUs with their group price and what one order may take', () => {
    const choices = skuChoices(offer({ skus: [{ skuId: 4, groupPrice: 9900, available: 3 }, { skuId: 5, groupPrice: 10900, available: 50 }] }), product(), 'member');
    expect(choices.map((c) => [c.label, c.unitPrice, c.maxQty])).toEqual([
      ['本白', 9900, 3],
      ['墨黑', 10900, MAX_GROUP_ORDER_QTY],
    ]);
  });

  it('caps a SKU at the shop’s stock and leaves out SKUs the product no longer sells', () => {
    const p = product({ skus: [skuView(4, { 颜色: '本白' }, 1), skuView(5, { 颜色: '墨黑' }, 20, {}, { isActive: false })] });
    expect(skuChoices(offer(), p, 'member').map((c) => [c.sku.id, c.maxQty])).toEqual([[4, 1]]);
  });

  it('prices the leader with the leader discount, never below one fen', () => {
    expect(skuChoices(offer({ leaderDiscount: 500 }), product(), 'leader').map((c) => c.unitPrice)).toEqual([9400, 10400]);
    expect(skuChoices(offer({ leaderDiscount: 500 }), product(), 'member').map((c) => c.unitPrice)).toEqual([9900, 10900]);
    expect(leaderUnitPrice(300, 500)).toBe(1);
    expect(leaderUnitPrice(9900, null)).toBe(9900);
  });

  it('keeps the per-order limit the server validates', () => {
    const body = (qty: number) => ({ skuId: 4, qty, fulfillment: { type: 'pickup', storeId: 1 } });
    expect(groupbuyOrderSchema.safeParse(body(MAX_GROUP_ORDER_QTY)).success).toBe(true);
    expect(groupbuyOrderSchema.safeParse(body(MAX_GROUP_ORDER_QTY + 1)).success).toBe(false);
  });

  it('heads the offer with the cheapest group price that can still be ordered', () => {
    expect(offerHeadline(offer(), product())).toEqual({ groupPrice: 9900, listPrice: 15900 });
    const soldOut = offer({ skus: [{ skuId: 4, groupPrice: 9900, available: 0 }, { skuId: 5, groupPrice: 10900, available: 5 }] });
    expect(offerHeadline(soldOut, product())).toEqual({ groupPrice: 10900, listPrice: 15900 });
    expect(offerOpen(soldOut, product())).toBe(true);
    expect(offerOpen(offer({ skus: [{ skuId: 4, groupPrice: 9900, available: 0 }] }), product())).toBe(false);
    expect(offerOpen(null, product())).toBe(false);
  });

  it('estimates the total with the shared engine: group price, the shop’s shipping rule', () => {
    const [white] = skuChoices(offer({ skus: [{ skuId: 4, groupPrice: 5900, available: 9 }] }), product(), 'member');
    expect(estimateOrder(pricingContext, product(), white!, 1, 'delivery')).toEqual({ payable: 6900, shippingFee: 1000 });
    expect(estimateOrder(pricingContext, product(), white!, 2, 'delivery')).toEqual({ payable: 11800, shippingFee: 0 });
    expect(estimateOrder(pricingContext, product(), white!, 1, 'pickup')).toEqual({ payable: 5900, shippingFee: 0 });
    // The very input the server prices a group order with (group price on the line, no coupons).
    const line = { skuId: 4, quantity: 1, listPrice: 15900, memberPrice: null, productId: 2, categoryId: 1, groupPrice: 5900 };
    expect(priceOrder(pricingInput(pricingContext, { lines: [line], fulfillment: 'delivery', coupons: { mode: 'none' } })).payableTotal).toBe(6900);
  });
});
