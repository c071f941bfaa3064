import { EntitySchema } from 'typeorm';
import type { StockMovementKind } from '@shop/shared';
import { dateColumn, idColumn, intColumn, stringColumn } from '../platform/columns.js';

export type { StockMovementKind };

/**
 * Append-only stock ledger: replaying onHandDelta and reservedDelta per (sku, location)
 * reproduces the current Stock row exactly.
 */
export interface StockMovement {
  id: number;
  skuId: number;
  locationId: number;
  kind: StockMovementKind;
  onHandDelta: number;
  reservedDelta: number;
  reason: string;
  orderId: number | null;
  /** Who caused it: 'staff:12', 'member:5', 'job:unpaid-timeout', 'system:seed'. */
  actor: string;
  createdAt: Date;
}

export const StockMovementEntity = new EntitySchema<StockMovement>({
  name: 'StockMovement',
  tableName: 'stock_movement',
  columns: {
    id: idColumn,
    skuId: intColumn(),
    locationId: intColumn(),
    kind: stringColumn(16),
    onHandDelta: intColumn(),
    reservedDelta: intColumn(),
    reason: stringColumn(200),
    orderId: intColumn({ nullable: true }),
    actor: stringColumn(64),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [
    { name: 'IDX_stock_movement_sku_location', columns: ['skuId', 'locationId', 'id'] },
    { name: 'IDX_stock_movement_location', columns: ['locationId', 'id'] },
    { name: 'IDX_stock_movement_order', columns: ['orderId'] },
  ],
});
