import { EntitySchema } from 'typeorm';
import type { CouponAudience, CouponKind, CouponScope, CouponTemplateStatus, CouponValidity } from '@shop/shared';
import { boolColumn, dateColumn, fenColumn, idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** The rules of a coupon and how many may be handed out; members hold instances of it. */
export interface CouponTemplate extends Timestamps {
  id: number;
  name: string;
  kind: CouponKind;
  /** Fen off, or percent paid for percent_off (the pricing engine's meaning). */
  value: number;
  threshold: number | null;
  repeat: boolean;
  cap: number | null;
  scope: CouponScope;
  excludeProductIds: number[];
  audience: CouponAudience;
  totalQuantity: number;
  perMemberLimit: number;
  /** Only ever changed by conditional updates that keep it <= totalQuantity. */
  issuedCount: number;
  claimStartsAt: Date | null;
  claimEndsAt: Date | null;
  validity: CouponValidity;
  welcome: boolean;
  /** Members may take it in the claim centre; codes, pushes, staff and the welcome pack need not. */
  claimCentre: boolean;
  /** Store staff may hand it out at the counter (门店发放); nothing else lets them. */
  staffHandout: boolean;
  status: CouponTemplateStatus;
  createdBy: string;
}

export const CouponTemplateEntity = new EntitySchema<CouponTemplate>({
  name: 'CouponTemplate',
  tableName: 'coupon_template',
  columns: {
    id: idColumn,
    name: stringColumn(60),
    kind: stringColumn(16),
    value: intColumn(),
    threshold: fenColumn({ nullable: true }),
    repeat: boolColumn(false),
    cap: fenColumn({ nullable: true }),
    scope: jsonColumn(),
    excludeProductIds: jsonColumn(),
    audience: jsonColumn(),
    totalQuantity: intColumn(),
    perMemberLimit: intColumn(),
    issuedCount: intColumn({ default: 0 }),
    claimStartsAt: dateColumn({ nullable: true }),
    claimEndsAt: dateColumn({ nullable: true }),
    validity: jsonColumn(),
    welcome: boolColumn(false),
    claimCentre: boolColumn(true),
    staffHandout: boolColumn(false),
    status: stringColumn(16),
    createdBy: stringColumn(64),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_coupon_template_status_id', columns: ['status', 'id'] },
    { name: 'IDX_coupon_template_welcome', columns: ['welcome', 'status'] },
  ],
});
