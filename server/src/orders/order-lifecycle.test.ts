import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { Order } from './order.entity.js';
import { OrderLifecycle, type OrderLifecycleHooks } from './order-lifecycle.js';

const manager = {} as EntityManager;
const order = { id: 7 } as Order;

/** A subscriber that writes down what it heard, as "<name>.<event>". */
function recorder(name: string, heard: string[], holds = false): OrderLifecycleHooks {
  return {
    paid: async () => void heard.push(`${name}.paid`),
    holdsPaid: async () => {
      heard.push(`${name}.holdsPaid`);
      return holds;
    },
    cancelled: async (_m, cancelled, now) => void heard.push(`${name}.cancelled ${cancelled.id} ${now.toISOString()}`),
    proceeded: async () => void heard.push(`${name}.proceeded`),
    refunded: async (_m, _o, amount) => void heard.push(`${name}.refunded ${amount}`),
  };
}

describe('OrderLifecycle', () => {
  it('tells every subscriber of a payment first, then asks them in turn whether one holds the order', async () => {
    const heard: string[] = [];
    const lifecycle = new OrderLifecycle();
    lifecycle.subscribe(recorder('coupons', heard), recorder('groupbuy', heard, true), recorder('late', heard));
    expect(await lifecycle.paid(manager, order)).toBe(true);
    // The first subscriber that holds it ends the asking: the order stays paid, nobody proceeds it.
    expect(heard).toEqual(['coupons.paid', 'groupbuy.paid', 'late.paid', 'coupons.holdsPaid', 'groupbuy.holdsPaid']);
  });

  it('lets a payment through when nobody holds it', async () => {
    const heard: string[] = [];
    const lifecycle = new OrderLifecycle();
    lifecycle.subscribe(recorder('coupons', heard), {});
    expect(await lifecycle.paid(manager, order)).toBe(false);
    expect(heard).toEqual(['coupons.paid', 'coupons.holdsPaid']);
  });

  it('passes cancellations, fulfillment and refunds to every subscriber in the order they subscribed', async () => {
    const heard: string[] = [];
    const lifecycle = new OrderLifecycle();
    lifecycle.subscribe(recorder('a', heard));
    lifecycle.subscribe(recorder('b', heard));
    const now = new Date('2026-12-04T08:00:00Z');
    await lifecycle.cancelled(manager, order, now);
    await lifecycle.proceeded(manager, order, now);
    await lifecycle.refunded(manager, order, 1200);
    expect(heard).toEqual([`a.cancelled 7 ${now.toISOString()}`, `b.cancelled 7 ${now.toISOString()}`, 'a.proceeded', 'b.proceeded', 'a.refunded 1200', 'b.refunded 1200']);
  });
});
