import { EntitySchema } from 'typeorm';
import { boolColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Address extends Timestamps {
  id: number;
  memberId: number;
  recipientName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  latitude: number | null;
  longitude: number | null;
  isDefault: boolean;
}

export const AddressEntity = new EntitySchema<Address>({
  name: 'Address',
  tableName: 'address',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    recipientName: stringColumn(40),
    phone: stringColumn(20),
    province: stringColumn(40),
    city: stringColumn(40),
    district: stringColumn(40),
    detail: stringColumn(200),
    latitude: { type: 'double', nullable: true },
    longitude: { type: 'double', nullable: true },
    isDefault: boolColumn(false),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_address_member', columns: ['memberId'] }],
});
