import type { Job } from '../../jobs/job.js';

/** Reminds members of ready pickups they have not collected, then cancels and refunds them where the store's policy says so. */
export const uncollectedPickupsJob: Job = {
  name: 'pickup.uncollected',
  run: (services, now) => services.pickups.handleUncollected(now),
};
