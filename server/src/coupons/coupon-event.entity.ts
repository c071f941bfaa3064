import { EntitySchema } from 'typeorm';
import type { CouponInstanceStatus } from '@shop/shared';
import { dateColumn, idColumn, intColumn, stringColumn } from '../platform/columns.js';

/** Append-only log of every coupon instance transition (issue included: from = null). */
export interface CouponEvent {
  id: number;
  instanceId: number;
  templateId: number;
  memberId: number;
  fromStatus: CouponInstanceStatus | null;
  toStatus: CouponInstanceStatus;
  orderId: number | null;
  actor: string;
  note: string;
  createdAt: Date;
}

export const CouponEventEntity = new EntitySchema<CouponEvent>({
  name: 'CouponEvent',
  tableName: 'coupon_event',
  columns: {
    id: idColumn,
    instanceId: intColumn(),
    templateId: intColumn(),
    memberId: intColumn(),
    fromStatus: stringColumn(16, { nullable: true }),
    toStatus: stringColumn(16),
    orderId: intColumn({ nullable: true }),
    actor: stringColumn(64),
    note: stringColumn(200, { default: '' }),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [{ name: 'IDX_coupon_event_instance', columns: ['instanceId', 'id'] }],
});
