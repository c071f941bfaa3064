import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../../platform/columns.js';

/** Profile fields the member row does not carry (birthday, as YYYY-MM-DD: a date, not an instant). */
export interface MemberProfile extends Timestamps {
  id: number;
  memberId: number;
  birthday: string | null;
}

export const MemberProfileEntity = new EntitySchema<MemberProfile>({
  name: 'MemberProfile',
  tableName: 'member_profile',
  columns: {
    id: idColumn,
    memberId: intColumn({ unique: true }),
    birthday: stringColumn(10, { nullable: true }),
    ...timestampColumns,
  },
});
