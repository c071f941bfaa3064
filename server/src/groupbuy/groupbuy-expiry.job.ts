import type { Job } from '../jobs/job.js';

/** Ends open groups past their time: refunds every paid member (or completes by 模拟成团). Safe in several processes. */
export const groupbuyExpiryJob: Job = {
  name: 'groupbuy.expiry',
  run: (services, now) => services.groupbuy.outcomes.expireDue(now),
};
