import { describe, expect, it } from 'vitest';
import { storedValue } from '../../test/mocks/taro';
import { forgetPlacedOrder, placedOrderFor, rememberPlacedOrder, submissionKey } from './placed-checkout';

const buyNow = { kind: 'buy_now' as const, skuId: 4, qty: 1, productId: 2 };
const cart = { kind: 'cart' as const };
const delivery = { type: 'delivery' as const, addressId: 7 };
let n = 0;
const makeKey = () => `order-test-${++n}`;

describe('placed checkout', () => {
  it('keeps one key per checkout fingerprint (items, fulfillment, coupons), not per note or points', () => {
    const body = { lines: [{ skuId: 4, qty: 1 }], fulfillment: delivery, coupons: { mode: 'best' as const }, points: 0, buyerNote: '' };
    const key = submissionKey(buyNow, body, body.lines, 1000, makeKey);
    expect(submissionKey(buyNow, { ...body, buyerNote: '放门口', points: 100 }, body.lines, 2000, makeKey)).toBe(key);
    const other = submissionKey(buyNow, { ...body, coupons: { mode: 'none' as const } }, body.lines, 3000, makeKey);
    expect(other).not.toBe(key);
    // Past the pay timeout it is gone.
    expect(submissionKey(buyNow, { ...body, coupons: { mode: 'none' as const } }, body.lines, 3000 + 31 * 60_000, makeKey)).not.toBe(other);
  });

  it('leads back to the order until its pay deadline, or until it is forgotten (paid or cancelled)', () => {
    const body = { lines: [{ skuId: 4, qty: 1 }], fulfillment: delivery };
    const key = submissionKey(buyNow, body, body.lines, 0, makeKey);
    expect(placedOrderFor(buyNow, null, 0)).toBeNull();
    rememberPlacedOrder(key, { id: 9, payDeadline: new Date(60_000).toISOString() }, 0);
    expect(placedOrderFor(buyNow, null, 59_000)).toBe(9);
    expect(placedOrderFor({ ...buyNow, qty: 2 }, null, 59_000)).toBeNull();
    expect(placedOrderFor(buyNow, null, 60_000)).toBeNull();
    forgetPlacedOrder(9, 0);
    expect(placedOrderFor(buyNow, null, 0)).toBeNull();
    expect(storedValue('shop.placedCheckouts')).toBeUndefined();
  });

  it('matches a cart checkout by the lines it bought (or by nothing, once the cart is empty)', () => {
    const body = { fromCart: true as const, fulfillment: delivery };
    const key = submissionKey(cart, body, [{ skuId: 5, qty: 2 }, { skuId: 4, qty: 1 }], 0, makeKey);
    rememberPlacedOrder(key, { id: 12 }, 0);
    expect(placedOrderFor(cart, [{ skuId: 4, qty: 1 }, { skuId: 5, qty: 2 }], 1)).toBe(12);
    expect(placedOrderFor(cart, null, 1)).toBe(12);
    expect(placedOrderFor(cart, [{ skuId: 8, qty: 1 }], 1)).toBeNull();
  });
});
