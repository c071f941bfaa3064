import { EntitySchema } from 'typeorm';
import { intColumn, stringColumn } from '../platform/columns.js';

/**
 * How many coupons one staff member has handed out on one China-time day. The daily quota is a
 * conditional increment of this row (`granted < quota`) inside the grant's transaction, so racing
 * grants cannot pass it and a grant that fails gives its unit back by rolling back.
 */
export interface CouponStaffQuota {
  staffId: number;
  /** YYYY-MM-DD in China time. */
  day: string;
  granted: number;
}

export const CouponStaffQuotaEntity = new EntitySchema<CouponStaffQuota>({
  name: 'CouponStaffQuota',
  tableName: 'coupon_staff_quota',
  columns: {
    staffId: intColumn({ primary: true }),
    day: stringColumn(10, { primary: true }),
    granted: intColumn({ default: 0 }),
  },
});
