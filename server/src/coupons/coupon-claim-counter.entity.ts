import { EntitySchema } from 'typeorm';
import { intColumn, stringColumn } from '../platform/columns.js';

/**
 * How many instances of a template a member has received, whatever the channel. The per-member
 * limit is a conditional increment of this row (`claimed < perMemberLimit`), so concurrent
 * claims by one member cannot both pass. `batchToken` marks which rows one bulk increment
 * changed (see coupon-issuer.ts).
 */
export interface CouponClaimCounter {
  templateId: number;
  memberId: number;
  claimed: number;
  batchToken: string | null;
}

export const CouponClaimCounterEntity = new EntitySchema<CouponClaimCounter>({
  name: 'CouponClaimCounter',
  tableName: 'coupon_claim_counter',
  columns: {
    templateId: intColumn({ primary: true }),
    memberId: intColumn({ primary: true }),
    claimed: intColumn({ default: 0 }),
    batchToken: stringColumn(36, { nullable: true }),
  },
});
