import type { EntityManager } from 'typeorm';
import type { Order } from './order.entity.js';

/**
 * What another module hears about orders, always inside the order's transaction (so what it
 * writes commits or rolls back with the order). Anything that must happen outside the database
 * registers `afterCommit` from here.
 */
export interface OrderLifecycleHooks {
  /** The order was just marked paid. */
  paid?(manager: EntityManager, order: Order): Promise<void>;
  /** After `paid`: true keeps the order in 'paid' with its stock reserved (a group not yet full). */
  holdsPaid?(manager: EntityManager, order: Order): Promise<boolean>;
  /** The unpaid order was cancelled (buyer, staff, timeout or its group ending). */
  cancelled?(manager: EntityManager, order: Order, now: Date): Promise<void>;
  /** The paid order went on to fulfillment (awaiting shipment or pickup, or carried out). */
  proceeded?(manager: EntityManager, order: Order, now: Date): Promise<void>;
  /** A refund of `amount` fen succeeded; `order` as it was before it. */
  refunded?(manager: EntityManager, order: Order, amount: number): Promise<void>;
}

/**
 * The one list of order lifecycle subscribers (coupons, loyalty, pickup, payments, group-buy),
 * called in the order they subscribed. Built before the orders service, which emits the events;
 * the composition root subscribes each module once its service exists.
 */
export class OrderLifecycle {
  private readonly subscribers: OrderLifecycleHooks[] = [];

  subscribe(...hooks: OrderLifecycleHooks[]): void {
    this.subscribers.push(...hooks);
  }

  /** Emits `paid`, then asks whether a subscriber holds the order in 'paid' (true if one does). */
  async paid(manager: EntityManager, order: Order): Promise<boolean> {
    for (const hooks of this.subscribers) await hooks.paid?.(manager, order);
    for (const hooks of this.subscribers) if (await hooks.holdsPaid?.(manager, order)) return true;
    return false;
  }

  async cancelled(manager: EntityManager, order: Order, now: Date): Promise<void> {
    for (const hooks of this.subscribers) await hooks.cancelled?.(manager, order, now);
  }

  async proceeded(manager: EntityManager, order: Order, now: Date): Promise<void> {
    for (const hooks of this.subscribers) await hooks.proceeded?.(manager, order, now);
  }

  async refunded(manager: EntityManager, order: Order, amount: number): Promise<void> {
    for (const hooks of this.subscribers) await hooks.refunded?.(manager, order, amount);
  }
}
