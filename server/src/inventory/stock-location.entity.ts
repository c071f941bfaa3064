import { EntitySchema } from 'typeorm';
import type { StockLocationKind } from '@shop/shared';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type { StockLocationKind };

/** The kinds whose units can be sold: reserved by orders, dispatched from, counted as available. */
export const SELLABLE_LOCATION_KINDS: readonly StockLocationKind[] = ['warehouse', 'store'];

/**
 * A place stock is counted: the central warehouse, a store's sellable stock ('store'), or a
 * store's display samples ('display': try-on items, moved in and out through the ledger and
 * never reserved, sold or dispatched). A store has at most one location of each kind.
 */
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
    storeId: intColumn({ nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_stock_location_store_kind', columns: ['storeId', 'kind'] }],
});
