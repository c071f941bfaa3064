import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type StockTransferStatus = 'in_transit' | 'arrived';

/**
 * Goods of one pickup order on their way from the warehouse (where the order's stock was
 * committed when it was paid) to the pickup store, which did not hold them.
 */
export interface StockTransfer extends Timestamps {
  id: number;
  orderId: number;
  fromLocationId: number;
  toStoreId: number;
  status: StockTransferStatus;
  arrivedAt: Date | null;
  receivedBy: string | null;
}

export const StockTransferEntity = new EntitySchema<StockTransfer>({
  name: 'StockTransfer',
  tableName: 'stock_transfer',
  columns: {
    id: idColumn,
    orderId: intColumn({ unique: true }),
    fromLocationId: intColumn(),
    toStoreId: intColumn(),
    status: stringColumn(16),
    arrivedAt: dateColumn({ nullable: true }),
    receivedBy: stringColumn(64, { nullable: true }),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_stock_transfer_store_status', columns: ['toStoreId', 'status', 'id'] }],
});
