import { EntitySchema } from 'typeorm';
import type { PointsEntryKind } from '@shop/shared';
import { dateColumn, idColumn, intColumn, stringColumn } from '../../platform/columns.js';

/**
 * Append-only points ledger. Entries that add points (earn, refund_spend, positive adjust) are
 * "lots": `remaining` is how much of the lot is still in the balance, consumed first-expiring
 * first by debits, so expiry removes exactly what is left of an expired lot. Debit entries
 * have `remaining` 0. Only `remaining` is ever updated.
 */
export interface PointsEntry {
  id: number;
  memberId: number;
  delta: number;
  kind: PointsEntryKind;
  orderId: number | null;
  reference: string;
  expiresAt: Date | null;
  remaining: number;
  createdAt: Date;
}

export const PointsEntryEntity = new EntitySchema<PointsEntry>({
  name: 'PointsEntry',
  tableName: 'points_entry',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    delta: intColumn(),
    kind: stringColumn(16),
    orderId: intColumn({ nullable: true }),
    reference: stringColumn(200, { default: '' }),
    expiresAt: dateColumn({ nullable: true }),
    remaining: intColumn({ default: 0 }),
    createdAt: dateColumn({ createDate: true }),
  },
  indices: [
    { name: 'IDX_points_entry_member_id', columns: ['memberId', 'id'] },
    { name: 'IDX_points_entry_order', columns: ['orderId', 'kind'] },
    { name: 'IDX_points_entry_expiry', columns: ['kind', 'expiresAt'] },
  ],
});
