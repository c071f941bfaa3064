import { CART_MAX_LINE_QTY, MAX_ORDER_LINES } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import { counterCustomer, member } from '../testing/fixtures';
import { INITIAL_COUNTER, canAddLine, counterReducer, itemCount, type CounterAction, type CounterLine, type CounterState } from './counter';

const tee = (skuId = 201): Omit<CounterLine, 'qty'> => ({ skuId, productId: 2, title: '重磅纯棉圆领T恤', specText: '本白', image: null, price: 15900, storeAvailable: 24, warehouseAvailable: 460 });
const run = (...actions: CounterAction[]) => actions.reduce<CounterState>(counterReducer, INITIAL_COUNTER);

describe('counter reducer', () => {
  it('adds a SKU once and counts further adds as more of it', () => {
    const state = run({ type: 'add', line: tee() }, { type: 'add', line: tee(202) }, { type: 'add', line: tee() });
    expect(state.lines.map((l) => [l.skuId, l.qty])).toEqual([
      [201, 2],
      [202, 1],
    ]);
    expect(itemCount(state.lines)).toBe(3);
  });

  it('keeps quantities within 1..the per-line limit and removes lines', () => {
    let state = run({ type: 'add', line: tee() }, { type: 'qty', skuId: 201, qty: 0 });
    expect(state.lines[0]!.qty).toBe(1);
    state = counterReducer(state, { type: 'qty', skuId: 201, qty: CART_MAX_LINE_QTY + 5 });
    expect(state.lines[0]!.qty).toBe(CART_MAX_LINE_QTY);
    state = counterReducer(state, { type: 'add', line: tee() });
    expect(state.lines[0]!.qty).toBe(CART_MAX_LINE_QTY);
    expect(counterReducer(state, { type: 'remove', skuId: 201 }).lines).toEqual([]);
  });

  it('takes at most the server limit of distinct SKUs, but more of one already in the order', () => {
    const full = run(...Array.from({ length: MAX_ORDER_LINES }, (_, i): CounterAction => ({ type: 'add', line: tee(1000 + i) })));
    expect(canAddLine(full, 5000)).toBe(false);
    expect(counterReducer(full, { type: 'add', line: tee(5000) })).toBe(full);
    expect(canAddLine(full, 1000)).toBe(true);
    expect(counterReducer(full, { type: 'add', line: tee(1000) }).lines[0]!.qty).toBe(2);
  });

  it("fills an empty delivery form with the member's name (staff see only a masked phone), never over what was typed", () => {
    const identified = run({ type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ nickname: '小栖', phone: '138****5678' })) } });
    expect(identified.address).toMatchObject({ recipientName: '小栖', phone: '' });
    const typed = run({ type: 'address', change: { recipientName: '王先生' } }, { type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ phone: null })) } });
    expect(typed.address).toMatchObject({ recipientName: '王先生', phone: '' });
    expect(run({ type: 'customer', customer: { kind: 'guest' } }).address.recipientName).toBe('');
  });

  it('starts over for the next customer', () => {
    const busy = run({ type: 'customer', customer: { kind: 'guest' } }, { type: 'add', line: tee() }, { type: 'fulfillment', fulfillment: 'pickup' }, { type: 'pickupStore', storeId: 2 });
    expect(busy).toMatchObject({ fulfillment: 'pickup', pickupStoreId: 2 });
    expect(counterReducer(busy, { type: 'reset' })).toEqual(INITIAL_COUNTER);
  });

  it("forgets the chosen saved address when the customer changes", () => {
    const chosen = run({ type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ id: 7 })) } }, { type: 'addressId', addressId: 12 });
    expect(chosen.addressId).toBe(12);
    expect(counterReducer(chosen, { type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ id: 8 })) } }).addressId).toBeNull();
    expect(counterReducer(chosen, { type: 'addressId', addressId: 'manual' }).addressId).toBe('manual');
  });

  it("keeps the coupons staff chose for this member, and goes back to the best ones for the next customer", () => {
    const chosen = run({ type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ id: 7 })) } }, { type: 'coupons', coupons: { mode: 'none' } });
    expect(chosen.coupons).toEqual({ mode: 'none' });
    expect(counterReducer(chosen, { type: 'add', line: tee() }).coupons).toEqual({ mode: 'none' });
    expect(counterReducer(chosen, { type: 'customer', customer: { kind: 'member', ...counterCustomer(member({ id: 8 })) } }).coupons).toEqual({ mode: 'best' });
    expect(counterReducer(chosen, { type: 'reset' }).coupons).toEqual({ mode: 'best' });
  });
});
