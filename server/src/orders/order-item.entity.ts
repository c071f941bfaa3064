import { EntitySchema } from 'typeorm';
import type { Fen, LineDiscount } from '@shop/shared';
import { fenColumn, idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/** A line of an order with the title and prices as they were when it was placed. */
export interface OrderItem extends Timestamps {
  id: number;
  orderId: number;
  productId: number;
  skuId: number;
  title: string;
  specText: string;
  image: string | null;
  quantity: number;
  listPrice: Fen;
  unitPrice: Fen;
  /** Every discount on this line with its source (member price now; coupon shares later). */
  discounts: LineDiscount[];
  discountTotal: Fen;
  /** What the buyer pays for this line; a refund of the whole line returns exactly this. */
  payable: Fen;
}

export const OrderItemEntity = new EntitySchema<OrderItem>({
  name: 'OrderItem',
  tableName: 'order_item',
  columns: {
    id: idColumn,
    orderId: intColumn(),
    productId: intColumn(),
    skuId: intColumn(),
    title: stringColumn(120),
    specText: stringColumn(255),
    image: stringColumn(255, { nullable: true }),
    quantity: intColumn(),
    listPrice: fenColumn(),
    unitPrice: fenColumn(),
    discounts: jsonColumn(),
    discountTotal: fenColumn(),
    payable: fenColumn(),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_order_item_order', columns: ['orderId'] }],
});
