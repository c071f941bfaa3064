import { describe, expect, it } from 'vitest';
import { staffOrderRequestSchema } from '@shop/shared';
import { GUEST_RECEIPT_MS, counterPlacement, showsGuestReceipt } from './counter-placement.js';

const seller = { staffId: 7, storeId: 3 };
const request = (body: Record<string, unknown>) => staffOrderRequestSchema.parse({ lines: [{ skuId: 1, qty: 1 }], fulfillment: { type: 'carry_out' }, ...body });

describe('counter placement', () => {
  it('sells to the counter session member with their coupons and points, credited to the seller at their store', () => {
    const { buyer, body } = counterPlacement(seller, 42, request({ points: 300, coupons: { mode: 'chosen', ids: [5] } }));
    expect(buyer).toEqual({ memberId: 42, channel: 'store:3', staffId: 7, actor: 'staff:7' });
    expect(body).toMatchObject({ points: 300, coupons: { mode: 'chosen', ids: [5] }, fulfillment: { type: 'carry_out', storeId: 3 } });
  });

  it('refuses points or chosen coupons without a counter session instead of charging list price quietly', () => {
    expect(() => counterPlacement(seller, null, request({ points: 2450 }))).toThrow(expect.objectContaining({ code: 'COUNTER_VERIFICATION_REQUIRED' }));
    expect(() => counterPlacement(seller, null, request({ coupons: { mode: 'chosen', ids: [5] } }))).toThrow(expect.objectContaining({ code: 'COUNTER_VERIFICATION_REQUIRED' }));
  });

  it('gives a guest no coupons, and no saved addresses to deliver to', () => {
    expect(counterPlacement(seller, null, request({})).body.coupons).toEqual({ mode: 'none' });
    expect(() => counterPlacement(seller, null, request({ fulfillment: { type: 'delivery', addressId: 9 } }))).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(counterPlacement(seller, 42, request({ fulfillment: { type: 'delivery', addressId: 9 } })).body.fulfillment).toEqual({ type: 'delivery', addressId: 9 });
  });

  it('picks up at the seller store unless another is named', () => {
    expect(counterPlacement(seller, 42, request({ fulfillment: { type: 'pickup' } })).body.fulfillment).toEqual({ type: 'pickup', storeId: 3 });
    expect(counterPlacement(seller, 42, request({ fulfillment: { type: 'pickup', storeId: 4 } })).body.fulfillment).toEqual({ type: 'pickup', storeId: 4 });
  });
});

describe('guest pickup receipt', () => {
  const paidAt = '2026-12-04T02:00:00.000Z';
  const guestOrder = { memberId: null, staffId: 7, channel: 'store:3', paidAt };
  const after = (ms: number) => new Date(Date.parse(paidAt) + ms);

  it('shows the code to the seller of a guest order for an hour after payment', () => {
    expect(showsGuestReceipt(guestOrder, seller, after(GUEST_RECEIPT_MS))).toBe(true);
    expect(showsGuestReceipt(guestOrder, seller, after(GUEST_RECEIPT_MS + 1))).toBe(false);
  });

  it('never to a colleague, another store, for a member or before payment', () => {
    expect(showsGuestReceipt(guestOrder, { staffId: 8, storeId: 3 }, after(0))).toBe(false);
    expect(showsGuestReceipt(guestOrder, { staffId: 7, storeId: 4 }, after(0))).toBe(false);
    expect(showsGuestReceipt({ ...guestOrder, memberId: 42 }, seller, after(0))).toBe(false);
    expect(showsGuestReceipt({ ...guestOrder, paidAt: null }, seller, after(0))).toBe(false);
  });
});
