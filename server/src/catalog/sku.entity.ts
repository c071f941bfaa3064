import { EntitySchema } from 'typeorm';
import type { Fen } from '@shop/shared';
import { boolColumn, fenColumn, idColumn, intColumn, jsonColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Sku extends Timestamps {
  id: number;
  productId: number;
  code: string;
  /** One value per product spec, e.g. { 颜色: '黑', 尺码: 'M' }. */
  specValues: Record<string, string>;
  price: Fen;
  memberPrice: Fen | null;
  isActive: boolean;
}

export const SkuEntity = new EntitySchema<Sku>({
  name: 'Sku',
  tableName: 'sku',
  columns: {
    id: idColumn,
    productId: intColumn(),
    code: stringColumn(64, { unique: true }),
    specValues: jsonColumn(),
    price: fenColumn(),
    memberPrice: fenColumn({ nullable: true }),
    isActive: boolColumn(true),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_sku_product', columns: ['productId'] }],
});
