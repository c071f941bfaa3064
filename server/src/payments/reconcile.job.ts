import type { Job } from '../jobs/job.js';

/** Settles payments and refunds whose WeChat notification never came. Runs before the unpaid timeout. */
export const paymentReconciliationJob: Job = {
  name: 'payments.reconcile',
  run: async (services, now) => (await services.payments.reconcile(now)) + (await services.refunds.reconcile(now)),
};
