import { EntitySchema } from 'typeorm';
import type { CouponInstanceStatus, CouponSource } from '@shop/shared';
import { dateColumn, fenColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** One coupon a member holds. Status changes only through conditional updates, each logged. */
export interface CouponInstance extends Timestamps {
  id: number;
  templateId: number;
  memberId: number;
  status: CouponInstanceStatus;
  validFrom: Date;
  validUntil: Date;
  /** The order that locked or used it. */
  orderId: number | null;
  /** Discount it gave that order (fen), set when locked. */
  discountAmount: number | null;
  /** That order's payable total (fen), set when locked: the GMV in stats. */
  orderPayable: number | null;
  source: CouponSource;
  /**
   * What handed it out, unique per member when set: `push:<id>`, `welcome:<templateId>`,
   * `code:<redeemCodeId>`. The unique key makes re-running a push or re-redeeming a code a no-op.
   */
  sourceRef: string | null;
}

export const CouponInstanceEntity = new EntitySchema<CouponInstance>({
  name: 'CouponInstance',
  tableName: 'coupon_instance',
  columns: {
    id: idColumn,
    templateId: intColumn(),
    memberId: intColumn(),
    status: stringColumn(16),
    validFrom: dateColumn(),
    validUntil: dateColumn(),
    orderId: intColumn({ nullable: true }),
    discountAmount: fenColumn({ nullable: true }),
    orderPayable: fenColumn({ nullable: true }),
    source: stringColumn(16),
    sourceRef: stringColumn(40, { nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_coupon_instance_member_source', columns: ['memberId', 'sourceRef'] }],
  indices: [
    { name: 'IDX_coupon_instance_member_status_id', columns: ['memberId', 'status', 'id'] },
    { name: 'IDX_coupon_instance_status_until', columns: ['status', 'validUntil'] },
    { name: 'IDX_coupon_instance_order', columns: ['orderId'] },
    { name: 'IDX_coupon_instance_template_status', columns: ['templateId', 'status'] },
  ],
});
