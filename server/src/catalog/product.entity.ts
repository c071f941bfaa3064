import { EntitySchema } from 'typeorm';
import type { Fen } from '@shop/shared';
import { fenColumn, idColumn, intColumn, jsonColumn, stringColumn, textColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type ProductStatus = 'on_shelf' | 'off_shelf';

export interface ProductSpec {
  name: string;
  values: string[];
}

export interface Product extends Timestamps {
  id: number;
  categoryId: number;
  title: string;
  subtitle: string;
  description: string;
  specs: ProductSpec[];
  images: string[];
  status: ProductStatus;
  /** Lowest active SKU list price, kept in step with SKUs for price filters and sorting. */
  minPrice: Fen;
  sales: number;
}

export const ProductEntity = new EntitySchema<Product>({
  name: 'Product',
  tableName: 'product',
  columns: {
    id: idColumn,
    categoryId: intColumn(),
    title: stringColumn(120),
    subtitle: stringColumn(200, { default: '' }),
    description: textColumn(),
    specs: jsonColumn(),
    images: jsonColumn(),
    status: stringColumn(16, { default: 'off_shelf' }),
    minPrice: fenColumn({ default: 0 }),
    sales: intColumn({ default: 0 }),
    ...timestampColumns,
  },
  indices: [
    { name: 'IDX_product_status_category_id', columns: ['status', 'categoryId', 'id'] },
    { name: 'IDX_product_status_price_id', columns: ['status', 'minPrice', 'id'] },
    { name: 'IDX_product_status_sales_id', columns: ['status', 'sales', 'id'] },
    { name: 'IDX_product_status_created_id', columns: ['status', 'createdAt', 'id'] },
  ],
});
