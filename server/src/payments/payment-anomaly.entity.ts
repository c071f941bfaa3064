import { EntitySchema } from 'typeorm';
import type { PaymentAnomalyKind } from '@shop/shared';
import { dateColumn, idColumn, stringColumn, textColumn } from '../platform/columns.js';

/**
 * A genuine WeChat Pay notification we acknowledged but could not apply (amounts, merchant or
 * app that do not match ours, a reference we never issued, a resource we cannot read), or the
 * same found by reconciliation in WeChat's answer to our query. Append only: a person
 * acknowledges it, nothing else ever changes it.
 */
export interface PaymentAnomalyRow {
  id: number;
  kind: PaymentAnomalyKind;
  /** WeChat's notification id (the envelope's `id`), when it sent one; null when reconciliation found it. */
  notificationId: string | null;
  /**
   * What makes a retried copy of the same notification the same anomaly: WeChat resends an
   * identical body, so a hash of its id and decrypted resource (unique) keeps one row. For
   * reconciliation, `reconcile:<outTradeNo>:<kind>`.
   */
  dedupeKey: string;
  outTradeNo: string | null;
  outRefundNo: string | null;
  /** Our value and WeChat's, as text (amounts in fen), when the anomaly is a mismatch. */
  expected: string | null;
  received: string | null;
  /** The decrypted resource's non-personal fields as JSON (never the payer's openid or account). */
  summary: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  /** Who acknowledged it (`staff:<id>`). */
  acknowledgedBy: string | null;
}

export const PaymentAnomalyEntity = new EntitySchema<PaymentAnomalyRow>({
  name: 'PaymentAnomaly',
  tableName: 'payment_anomaly',
  columns: {
    id: idColumn,
    kind: stringColumn(32),
    notificationId: stringColumn(64, { nullable: true }),
    dedupeKey: stringColumn(64),
    outTradeNo: stringColumn(64, { nullable: true }),
    outRefundNo: stringColumn(64, { nullable: true }),
    expected: stringColumn(64, { nullable: true }),
    received: stringColumn(64, { nullable: true }),
    summary: textColumn(),
    createdAt: dateColumn({ createDate: true }),
    acknowledgedAt: dateColumn({ nullable: true }),
    acknowledgedBy: stringColumn(64, { nullable: true }),
  },
  uniques: [{ name: 'UQ_payment_anomaly_dedupe', columns: ['dedupeKey'] }],
  indices: [{ name: 'IDX_payment_anomaly_open', columns: ['acknowledgedAt', 'id'] }],
});
