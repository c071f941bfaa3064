import type { ModuleDefinition } from '../module-definition.js';
import { CouponTemplateEntity } from './coupon-template.entity.js';
import { CouponInstanceEntity } from './coupon-instance.entity.js';
import { CouponEventEntity } from './coupon-event.entity.js';
import { RedeemCodeEntity } from './redeem-code.entity.js';
import { CouponClaimCounterEntity } from './coupon-claim-counter.entity.js';
import { CouponPushEntity, CouponPushMemberEntity } from './coupon-push.entity.js';
import { CouponStaffQuotaEntity } from './coupon-staff-quota.entity.js';
import { couponRoutes } from './coupons.routes.js';
import { adminCouponRoutes } from './admin-coupons.routes.js';
import { staffCouponRoutes } from './staff-coupons.routes.js';
import { couponExpiryJob, couponPushJob } from './coupon.jobs.js';

/** The coupons module: coupon templates, claims, codes, pushes, staff handouts and their use on orders. */
export const couponsModule: ModuleDefinition = {
  name: 'coupons',
  entities: [CouponTemplateEntity, CouponInstanceEntity, CouponEventEntity, RedeemCodeEntity, CouponClaimCounterEntity, CouponPushEntity, CouponPushMemberEntity, CouponStaffQuotaEntity],
  routes: [couponRoutes, adminCouponRoutes, staffCouponRoutes],
  jobs: [couponExpiryJob, couponPushJob],
};
