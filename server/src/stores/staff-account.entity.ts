import { EntitySchema } from 'typeorm';
import { boolColumn, idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export type StaffRole = 'staff' | 'store_manager' | 'marketer' | 'admin';

/** Accounts that sign in with a password: store staff, store managers, marketers, admins. */
export interface StaffAccount extends Timestamps {
  id: number;
  username: string;
  /** scrypt$N$r$p$salt$hash (base64); see stores/password.ts. */
  passwordHash: string;
  displayName: string;
  role: StaffRole;
  /** Home store for staff and store managers; null for marketers and admins. */
  storeId: number | null;
  isActive: boolean;
  /**
   * Raised when the account is deactivated or its password is reset: sign-in tokens carry the
   * version they were issued with, and a token with an older one is refused at once.
   */
  tokenVersion: number;
}

export const StaffAccountEntity = new EntitySchema<StaffAccount>({
  name: 'StaffAccount',
  tableName: 'staff_account',
  columns: {
    id: idColumn,
    username: stringColumn(64, { unique: true }),
    passwordHash: stringColumn(255),
    displayName: stringColumn(60),
    role: stringColumn(20),
    storeId: intColumn({ nullable: true }),
    isActive: boolColumn(true),
    tokenVersion: intColumn({ default: 0 }),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_staff_account_store', columns: ['storeId'] }],
});
