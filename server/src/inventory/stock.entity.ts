import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

/**
 * Stock of one SKU at one location. available = onHand - reserved; both change only through
 * conditional updates in InventoryService, each paired with a ledger row (StockMovement).
 */
export interface Stock extends Timestamps {
  id: number;
  skuId: number;
  locationId: number;
  onHand: number;
  reserved: number;
}

export const StockEntity = new EntitySchema<Stock>({
  name: 'Stock',
  tableName: 'stock',
  columns: {
    id: idColumn,
    skuId: intColumn(),
    locationId: intColumn(),
    onHand: intColumn({ default: 0 }),
    reserved: intColumn({ default: 0 }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_stock_sku_location', columns: ['skuId', 'locationId'] }],
  indices: [{ name: 'IDX_stock_location', columns: ['locationId'] }],
});
