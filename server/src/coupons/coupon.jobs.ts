import type { Job } from '../jobs/job.js';

/** Available coupons past their validity become expired (logged per instance). */
export const couponExpiryJob: Job = {
  name: 'coupons.expiry',
  run: (services, now) => services.coupons.expireDue(now),
};

/** Works marketer pushes in batches; resumable and idempotent (see CouponPushService). */
export const couponPushJob: Job = {
  name: 'coupons.push',
  run: (services, now) => services.coupons.pushes.runPending(now),
};
