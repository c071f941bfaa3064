import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type ReservationStatus = 'reserved' | 'released' | 'committed';

/**
 * Units held for one order line. Leaves 'reserved' exactly once (to released or committed)
 * through a conditional update, which is what makes release/commit idempotent under races.
 */
export interface Reservation extends Timestamps {
  id: number;
  orderId: number;
  skuId: number;
  locationId: number;
  quantity: number;
  status: ReservationStatus;
}

export const ReservationEntity = new EntitySchema<Reservation>({
  name: 'Reservation',
  tableName: 'reservation',
  columns: {
    id: idColumn,
    orderId: intColumn(),
    skuId: intColumn(),
    locationId: intColumn(),
    quantity: intColumn(),
    status: stringColumn(16, { default: 'reserved' }),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_reservation_order', columns: ['orderId', 'status'] }],
});
