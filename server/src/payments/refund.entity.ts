import { EntitySchema } from 'typeorm';
import type { Fen } from '@shop/shared';
import { dateColumn, fenColumn, idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** abnormal: WeChat could not pay it back (e.g. the card was closed); handled by people. */
export type RefundStatus = 'processing' | 'succeeded' | 'failed' | 'abnormal';

export interface RefundLine {
  orderItemId: number;
  quantity: number;
  amount: Fen;
}

/** A refund of (part of) a payment, idempotent by out_refund_no. */
export interface Refund extends Timestamps {
  id: number;
  orderId: number;
  paymentId: number;
  outRefundNo: string;
  amount: Fen;
  reason: string;
  status: RefundStatus;
  refundId: string | null;
  /** Which order lines (and units) this refund covers; empty for a refund of a whole payment. */
  lines: RefundLine[];
  succeededAt: Date | null;
}

export const RefundEntity = new EntitySchema<Refund>({
  name: 'Refund',
  tableName: 'refund',
  columns: {
    id: idColumn,
    orderId: intColumn(),
    paymentId: intColumn(),
    outRefundNo: stringColumn(64, { unique: true }),
    amount: fenColumn(),
    reason: stringColumn(80),
    status: stringColumn(12, { default: 'processing' }),
    refundId: stringColumn(64, { nullable: true }),
    lines: jsonColumn(),
    succeededAt: dateColumn({ nullable: true }),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_refund_order', columns: ['orderId'] },
    { name: 'IDX_refund_status_created', columns: ['status', 'createdAt'] },
  ],
});
