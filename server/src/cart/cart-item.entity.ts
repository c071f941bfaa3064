import { EntitySchema } from 'typeorm';
import { boolColumn, idColumn, intColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface CartItem extends Timestamps {
  id: number;
  memberId: number;
  skuId: number;
  quantity: number;
  selected: boolean;
}

export const CartItemEntity = new EntitySchema<CartItem>({
  name: 'CartItem',
  tableName: 'cart_item',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    skuId: intColumn(),
    quantity: intColumn(),
    selected: boolColumn(true),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_cart_item_member_sku', columns: ['memberId', 'skuId'] }],
});
