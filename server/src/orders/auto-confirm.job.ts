import type { Job } from '../jobs/job.js';

/** Completes shipped orders the buyer never confirmed, AUTO_CONFIRM_RECEIPT_DAYS after shipping (and earns their points). */
export const autoConfirmReceiptJob: Job = {
  name: 'orders.auto-confirm-receipt',
  run: (services, now) => services.orderFulfillment.autoConfirmShipped(now),
};
