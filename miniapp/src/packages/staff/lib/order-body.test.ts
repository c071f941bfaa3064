import { staffOrderRequestSchema } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { counterCustomer, member } from '../testing/fixtures';
import { INITIAL_COUNTER, type CounterState } from './counter';
import { staffOrderBody } from './order-body';

const OWN_STORE = 1;
const line = { skuId: 201, productId: 2, title: 'T恤', specText: '本白', image: null, price: 15900, storeAvailable: 24, warehouseAvailable: 460, qty: 2 };
const ready = (fields: Partial<CounterState>): CounterState => ({ ...INITIAL_COUNTER, customer: { kind: 'member', ...counterCustomer(member({ id: 7 })) }, lines: [line], ...fields });
const typedAddress = { recipientName: '王先生', phone: '13812345678', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 1 号', isDefault: false };

/** Every body the builder makes must pass the server's own schema. */
function bodyOf(state: CounterState) {
  const result = staffOrderBody(state, OWN_STORE);
  if (!result.ok) throw new Error(result.reason);
  expect(staffOrderRequestSchema.safeParse(result.body).success).toBe(true);
  return result.body;
}

describe('staff order body', () => {
  it('says what is missing: the customer first, then goods', () => {
    expect(staffOrderBody({ ...INITIAL_COUNTER, lines: [line] }, OWN_STORE)).toEqual({ ok: false, reason: '请先识别会员，或选择散客' });
    expect(staffOrderBody(ready({ lines: [] }), OWN_STORE)).toEqual({ ok: false, reason: '请添加商品' });
  });

  it("sells carry-out to the identified member through their counter session (never a member id), or to a guest without one", () => {
    const forMember = staffOrderBody(ready({}), OWN_STORE);
    expect(forMember).toEqual({ ok: true, counterToken: 'counter-session-7', body: { lines: [{ skuId: 201, qty: 2 }], fulfillment: { type: 'carry_out' } } });
    expect(staffOrderBody(ready({ customer: { kind: 'guest' } }), OWN_STORE)).toMatchObject({ ok: true, counterToken: null });
    expect(bodyOf(ready({}))).not.toHaveProperty('memberId');
  });

  it('leaves a pickup here to the server default and names another store', () => {
    expect(bodyOf(ready({ fulfillment: 'pickup' })).fulfillment).toEqual({ type: 'pickup' });
    expect(bodyOf(ready({ fulfillment: 'pickup', pickupStoreId: OWN_STORE })).fulfillment).toEqual({ type: 'pickup' });
    expect(bodyOf(ready({ fulfillment: 'pickup', pickupStoreId: 3 })).fulfillment).toEqual({ type: 'pickup', storeId: 3 });
  });

  it('delivers to the typed address once it is complete, for members and guests', () => {
    expect(staffOrderBody(ready({ fulfillment: 'delivery' }), OWN_STORE)).toMatchObject({ ok: false });
    expect(staffOrderBody(ready({ fulfillment: 'delivery', address: { ...typedAddress, phone: '123' } }), OWN_STORE)).toEqual({ ok: false, reason: '请输入 11 位手机号' });
    const body = bodyOf(ready({ customer: { kind: 'guest' }, fulfillment: 'delivery', address: { ...typedAddress, detail: '  愚园路 1 号 ' } }));
    expect(body.fulfillment).toEqual({ type: 'delivery', address: { recipientName: '王先生', phone: '13812345678', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 1 号', latitude: null, longitude: null } });
  });

  it("delivers to the member's chosen saved address by its id, and to the typed one when staff chose to type", () => {
    expect(bodyOf(ready({ fulfillment: 'delivery', addressId: 12 })).fulfillment).toEqual({ type: 'delivery', addressId: 12 });
    expect(staffOrderBody(ready({ fulfillment: 'delivery', addressId: 'manual' }), OWN_STORE)).toMatchObject({ ok: false });
    expect(bodyOf(ready({ fulfillment: 'delivery', addressId: 'manual', address: typedAddress })).fulfillment).toMatchObject({ type: 'delivery', address: { recipientName: '王先生' } });
    // A guest has no saved addresses: whatever id is left over, the typed address counts.
    expect(bodyOf(ready({ customer: { kind: 'guest' }, fulfillment: 'delivery', addressId: 12, address: typedAddress })).fulfillment).toMatchObject({ type: 'delivery', address: { detail: '愚园路 1 号' } });
  });

  it("sends the member's coupon choice (the best ones are the server's default and need no word), and none for a guest", () => {
    expect(bodyOf(ready({}))).not.toHaveProperty('coupons');
    expect(bodyOf(ready({ coupons: { mode: 'none' } })).coupons).toEqual({ mode: 'none' });
    expect(bodyOf(ready({ coupons: { mode: 'chosen', ids: [11] } })).coupons).toEqual({ mode: 'chosen', ids: [11] });
    expect(bodyOf(ready({ customer: { kind: 'guest' }, coupons: { mode: 'none' } }))).not.toHaveProperty('coupons');
  });
});
