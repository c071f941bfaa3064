import type { Job } from '../jobs/job.js';

/** Cancels orders not paid within ORDER_PAY_TIMEOUT_MINUTES and releases their stock once. */
export const unpaidOrderTimeoutJob: Job = {
  name: 'orders.unpaid-timeout',
  run: (services, now) => services.orders.cancelExpiredUnpaid(now),
};
