import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, timestampColumns, type Timestamps } from '../../platform/columns.js';

/**
 * A member's points balance. Changed only by conditional UPDATEs (`balance >= n` for debits)
 * together with an appended PointsEntry, so the balance is never negative and always equals
 * the sum of the member's ledger.
 */
export interface PointsAccount extends Timestamps {
  id: number;
  memberId: number;
  balance: number;
}

export const PointsAccountEntity = new EntitySchema<PointsAccount>({
  name: 'PointsAccount',
  tableName: 'points_account',
  columns: {
    id: idColumn,
    memberId: intColumn({ unique: true }),
    balance: intColumn({ default: 0 }),
    ...timestampColumns,
  },
});
