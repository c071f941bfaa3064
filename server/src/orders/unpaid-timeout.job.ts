import type { Job } from '../jobs/job.js';

/**
 * Cancels orders not paid within ORDER_PAY_TIMEOUT_MINUTES and releases their stock once.
 * Orders with a WeChat payment still open are left to payment reconciliation, which asks
 * WeChat, closes the payment and only then cancels.
 */
export const unpaidOrderTimeoutJob: Job = {
  name: 'orders.unpaid-timeout',
  run: (services, now) => services.orders.cancelExpiredUnpaid(now, 200, async (orderId) => !(await services.payments.hasOpenPayment(orderId))),
};
