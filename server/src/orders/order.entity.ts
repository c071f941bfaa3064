import { EntitySchema } from 'typeorm';
import type { Fen, OrderDiscount, OrderSource, OrderStatus, FulfillmentType, AddressSnapshot } from '@shop/shared';
import { dateColumn, fenColumn, idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Order extends Timestamps {
  id: number;
  /** Human-readable number shown to people: yyMMdd (China date) + 10 digits. */
  orderNo: string;
  memberId: number | null;
  status: OrderStatus;
  fulfillmentType: FulfillmentType;
  /** Pickup store (pickup) or dispatching store (store delivery); null when the warehouse ships. */
  storeId: number | null;
  /** Where the order's stock is reserved. */
  stockLocationId: number;
  address: AddressSnapshot | null;
  /** 'miniapp' or 'store:<id>'. */
  channel: string;
  /** 'normal', or the promotion that placed it ('groupbuy'). */
  source: OrderSource;
  staffId: number | null;
  itemsTotal: Fen;
  discountTotal: Fen;
  shippingFee: Fen;
  /** Shipping waived by a free-shipping coupon. */
  shippingDiscount: Fen;
  payableTotal: Fen;
  discounts: OrderDiscount[];
  /** Points spent at checkout (their fen are a 'points' entry of `discounts`). */
  pointsUsed: number;
  /** Points credited when the order completed (0 before). */
  pointsEarned: number;
  /** Fen refunded so far (succeeded refunds of the payment that paid the order). */
  refundedTotal: Fen;
  /** Pickup orders: the 6-digit code the member shows at the store. */
  pickupCode: string | null;
  /** When the goods were at the pickup store for the member (at once, or when a transfer arrived). */
  pickupReadyAt: Date | null;
  carrier: string | null;
  trackingNo: string | null;
  shippedAt: Date | null;
  completedAt: Date | null;
  buyerNote: string;
  /** Whose Idempotency-Key this is ('member:5'); keys are unique per scope. */
  idempotencyScope: string | null;
  idempotencyKey: string | null;
  /** Hash of the request body that created the order, to reject a key reused for another body. */
  requestHash: string | null;
  payDeadline: Date;
  paidAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export const OrderEntity = new EntitySchema<Order>({
  name: 'Order',
  tableName: 'shop_order',
  columns: {
    id: idColumn,
    orderNo: stringColumn(20, { unique: true }),
    memberId: intColumn({ nullable: true }),
    status: stringColumn(24),
    fulfillmentType: stringColumn(16),
    storeId: intColumn({ nullable: true }),
    stockLocationId: intColumn(),
    address: jsonColumn({ nullable: true }),
    channel: stringColumn(32),
    source: stringColumn(16, { default: 'normal' }),
    staffId: intColumn({ nullable: true }),
    itemsTotal: fenColumn(),
    discountTotal: fenColumn(),
    shippingFee: fenColumn(),
    shippingDiscount: fenColumn({ default: 0 }),
    payableTotal: fenColumn(),
    discounts: jsonColumn(),
    pointsUsed: intColumn({ default: 0 }),
    pointsEarned: intColumn({ default: 0 }),
    refundedTotal: fenColumn({ default: 0 }),
    pickupCode: stringColumn(6, { nullable: true }),
    pickupReadyAt: dateColumn({ nullable: true }),
    carrier: stringColumn(32, { nullable: true }),
    trackingNo: stringColumn(40, { nullable: true }),
    shippedAt: dateColumn({ nullable: true }),
    completedAt: dateColumn({ nullable: true }),
    buyerNote: stringColumn(200, { default: '' }),
    idempotencyScope: stringColumn(40, { nullable: true }),
    idempotencyKey: stringColumn(80, { nullable: true }),
    requestHash: stringColumn(64, { nullable: true }),
    payDeadline: dateColumn(),
    paidAt: dateColumn({ nullable: true }),
    cancelledAt: dateColumn({ nullable: true }),
    cancelReason: stringColumn(200, { nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_order_idempotency', columns: ['idempotencyScope', 'idempotencyKey'] }],
  indices: [
    { name: 'IDX_order_member_status_id', columns: ['memberId', 'status', 'id'] },
    { name: 'IDX_order_member_id', columns: ['memberId', 'id'] },
    { name: 'IDX_order_status_deadline', columns: ['status', 'payDeadline'] },
    { name: 'IDX_order_status_shipped', columns: ['status', 'shippedAt'] },
    { name: 'IDX_order_store_pickup_code', columns: ['storeId', 'pickupCode'] },
    { name: 'IDX_order_staff_paid', columns: ['staffId', 'paidAt'] },
    { name: 'IDX_order_created_id', columns: ['createdAt', 'id'] },
    { name: 'IDX_order_channel_created', columns: ['channel', 'createdAt'] },
    { name: 'IDX_order_store_created', columns: ['storeId', 'createdAt'] },
  ],
});
