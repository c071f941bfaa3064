import { EntitySchema } from 'typeorm';
import type { OrderStatus } from '@shop/shared';
import { dateColumn, idColumn, intColumn, stringColumn } from '../platform/columns.js';

/** Append-only log of every order status change, so an order's history can be explained. */
export interface OrderEvent {
  id: number;
  orderId: number;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actor: string;
  note: string;
  createdAt: Date;
}

export const OrderEventEntity = new EntitySchema<OrderEvent>({
  name: 'OrderEvent',
  tableName: 'order_event',
  columns: {
    id: idColumn,
    orderId: intColumn(),
    fromStatus: stringColumn(24, { nullable: true }),
    toStatus: stringColumn(24),
    actor: stringColumn(64),
    note: stringColumn(200, { default: '' }),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [{ name: 'IDX_order_event_order', columns: ['orderId', 'id'] }],
});
