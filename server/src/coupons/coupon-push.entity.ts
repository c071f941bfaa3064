import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type CouponPushStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * A marketer's push of one template to a segment, worked through by the push job in batches
 * of members by id. `afterMemberId` is the keyset position; each batch advances it with a
 * conditional update in the batch's transaction, so a batch commits at most once.
 */
export interface CouponPush extends Timestamps {
  id: number;
  templateId: number;
  /** The segment as given, except that a phone list is replaced by its size (members are in coupon_push_member). */
  segment: { kind: string } & Record<string, unknown>;
  status: CouponPushStatus;
  total: number;
  processed: number;
  issued: number;
  skipped: number;
  unmatched: number;
  afterMemberId: number;
  error: string | null;
  createdBy: string;
}

export const CouponPushEntity = new EntitySchema<CouponPush>({
  name: 'CouponPush',
  tableName: 'coupon_push',
  columns: {
    id: idColumn,
    templateId: intColumn(),
    segment: jsonColumn(),
    status: stringColumn(16),
    total: intColumn({ default: 0 }),
    processed: intColumn({ default: 0 }),
    issued: intColumn({ default: 0 }),
    skipped: intColumn({ default: 0 }),
    unmatched: intColumn({ default: 0 }),
    afterMemberId: intColumn({ default: 0 }),
    error: stringColumn(200, { nullable: true }),
    createdBy: stringColumn(64),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_coupon_push_status_id', columns: ['status', 'id'] }],
});

/** Members of an uploaded phone list, resolved when the push is created. */
export interface CouponPushMember {
  pushId: number;
  memberId: number;
}

export const CouponPushMemberEntity = new EntitySchema<CouponPushMember>({
  name: 'CouponPushMember',
  tableName: 'coupon_push_member',
  columns: {
    pushId: intColumn({ primary: true }),
    memberId: intColumn({ primary: true }),
  },
});
