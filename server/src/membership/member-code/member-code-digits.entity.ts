import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, stringColumn } from '../../platform/columns.js';

/** The 12 digits printed under a member's QR, for staff to type when no scanner works; valid as long as the QR. */
export interface MemberCodeDigits {
  id: number;
  digits: string;
  memberId: number;
  expiresAt: Date;
}

export const MemberCodeDigitsEntity = new EntitySchema<MemberCodeDigits>({
  name: 'MemberCodeDigits',
  tableName: 'member_code_digits',
  columns: { id: idColumn, digits: stringColumn(12, { unique: true }), memberId: intColumn(), expiresAt: dateColumn() },
  indices: [{ name: 'IDX_member_code_digits_member', columns: ['memberId'] }],
});
