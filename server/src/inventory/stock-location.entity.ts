import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../db/columns.js';

export type StockLocationKind = 'warehouse' | 'store';

export interface StockLocation extends Timestamps {
  id: number;
  code: string;
  name: string;
  kind: StockLocationKind;
  /** The store this location belongs to; null for the central warehouse. */
  storeId: number | null;
}

export const StockLocationEntity = new EntitySchema<StockLocation>({
  name: 'StockLocation',
  tableName: 'stock_location',
  columns: {
    id: idColumn,
    code: stringColumn(40, { unique: true }),
    name: stringColumn(80),
    kind: stringColumn(16),
    storeId: intColumn({ nullable: true, unique: true }),
    ...timestampColumns,
  },
});
