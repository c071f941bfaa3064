import type { Job } from '../../jobs/job.js';

/** Earned points past their expiry leave the balance (one `expire` entry per lot). */
export const pointsExpiryJob: Job = {
  name: 'points.expiry',
  run: (services, now) => services.points.expireDue(now),
};
