import { EntitySchema } from 'typeorm';
import type { Fen } from '@shop/shared';
import { dateColumn, fenColumn, idColumn, intColumn, stringColumn } from '../platform/columns.js';

export type PaymentEventKind = 'prepay' | 'paid' | 'duplicate' | 'closed' | 'refund_requested' | 'refund_succeeded' | 'refund_failed' | 'auto_refund' | 'anomaly';

/** Append-only payment ledger: every money movement and every notification we acted on. */
export interface PaymentEvent {
  id: number;
  paymentId: number;
  orderId: number;
  kind: PaymentEventKind;
  amount: Fen;
  /** transaction_id / refund_id / out_refund_no, whichever identifies the movement at WeChat. */
  reference: string;
  source: string;
  createdAt: Date;
}

export const PaymentEventEntity = new EntitySchema<PaymentEvent>({
  name: 'PaymentEvent',
  tableName: 'payment_event',
  columns: {
    id: idColumn,
    paymentId: intColumn(),
    orderId: intColumn(),
    kind: stringColumn(24),
    amount: fenColumn(),
    reference: stringColumn(64, { default: '' }),
    source: stringColumn(32),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [
    { name: 'IDX_payment_event_order', columns: ['orderId', 'id'] },
    { name: 'IDX_payment_event_payment', columns: ['paymentId', 'id'] },
  ],
});
