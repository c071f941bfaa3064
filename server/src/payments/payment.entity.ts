import { EntitySchema } from 'typeorm';
import type { Fen } from '@shop/shared';
import { dateColumn, fenColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type PaymentMethod = 'jsapi' | 'native';
/**
 * 'anomaly': WeChat says the money was taken (paid, or paid and refunded) but we cannot apply
 * it (a wrong amount, merchant or app). Never paid automatically and never queried again; its
 * order waits for a person (PaymentsService.hasOpenPayment).
 */
export type PaymentStatus = 'pending' | 'paid' | 'closed' | 'anomaly';

/**
 * One WeChat Pay transaction (out_trade_no) for an order and a method. Leaves 'pending' once,
 * by conditional update, so a payment is applied at most once however often WeChat tells us.
 */
export interface Payment extends Timestamps {
  id: number;
  orderId: number;
  memberId: number | null;
  method: PaymentMethod;
  outTradeNo: string;
  amount: Fen;
  status: PaymentStatus;
  prepayId: string | null;
  codeUrl: string | null;
  openid: string | null;
  transactionId: string | null;
  /** Sum of refunds requested against this payment; never above amount (conditional update). */
  refundedAmount: Fen;
  expiresAt: Date;
  paidAt: Date | null;
}

export const PaymentEntity = new EntitySchema<Payment>({
  name: 'Payment',
  tableName: 'payment',
  columns: {
    id: idColumn,
    orderId: intColumn(),
    memberId: intColumn({ nullable: true }),
    method: stringColumn(12),
    outTradeNo: stringColumn(32, { unique: true }),
    amount: fenColumn(),
    status: stringColumn(12, { default: 'pending' }),
    prepayId: stringColumn(64, { nullable: true }),
    codeUrl: stringColumn(255, { nullable: true }),
    openid: stringColumn(64, { nullable: true }),
    transactionId: stringColumn(64, { nullable: true }),
    refundedAmount: fenColumn({ default: 0 }),
    expiresAt: dateColumn(),
    paidAt: dateColumn({ nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_payment_order_method', columns: ['orderId', 'method'] }],
  indices: [{ name: 'IDX_payment_status_created', columns: ['status', 'createdAt'] }],
});
