import type { OrderLifecycleHooks } from '../orders/order-lifecycle.js';
import type { CouponOrderHooks } from './coupon-order-hooks.js';

/** An order's locked coupons are used when it is paid and come back when it is cancelled. */
export function couponLifecycle(coupons: Pick<CouponOrderHooks, 'useForOrderWithin' | 'releaseForOrderWithin'>): OrderLifecycleHooks {
  return {
    paid: (manager, order) => coupons.useForOrderWithin(manager, order.id),
    cancelled: (manager, order, now) => coupons.releaseForOrderWithin(manager, order.id, now),
  };
}
