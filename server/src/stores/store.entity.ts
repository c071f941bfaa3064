import { EntitySchema } from 'typeorm';
import { boolColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Store extends Timestamps {
  id: number;
  code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: string;
  deliveryRadiusMeters: number;
  pickupEnabled: boolean;
  /** Store policy: a ready pickup still uncollected after PICKUP_EXPIRE_DAYS is cancelled and refunded. */
  cancelUncollectedPickups: boolean;
  isActive: boolean;
}

export const StoreEntity = new EntitySchema<Store>({
  name: 'Store',
  tableName: 'store',
  columns: {
    id: idColumn,
    code: stringColumn(40, { unique: true }),
    name: stringColumn(80),
    city: stringColumn(40),
    district: stringColumn(40),
    address: stringColumn(200),
    latitude: { type: 'double' },
    longitude: { type: 'double' },
    phone: stringColumn(40),
    openingHours: stringColumn(60),
    deliveryRadiusMeters: intColumn({ default: 3000 }),
    pickupEnabled: boolColumn(true),
    cancelUncollectedPickups: boolColumn(false),
    isActive: boolColumn(true),
    ...timestampColumns,
  },
});
