import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn } from '../platform/columns.js';

/**
 * A device (its X-Device-Id, hashed) that has signed in to a staff account before. Made-up
 * device ids are free, so the account-wide and address-wide sign-in back-offs cannot tell an
 * attacker's devices from the owner's; a device that has proven itself with the right password
 * is exempt from them, so nobody can keep a colleague out of their own tablet.
 */
export interface StaffKnownDevice {
  id: number;
  staffId: number;
  deviceHash: string;
  /** When it first signed in to the account. */
  createdAt: Date;
}

export const StaffKnownDeviceEntity = new EntitySchema<StaffKnownDevice>({
  name: 'StaffKnownDevice',
  tableName: 'staff_known_device',
  columns: {
    id: idColumn,
    staffId: intColumn(),
    deviceHash: stringColumn(64),
    createdAt: { type: 'datetime', precision: 6, createDate: true },
  },
  uniques: [{ name: 'UQ_staff_known_device', columns: ['staffId', 'deviceHash'] }],
});
