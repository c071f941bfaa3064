import { EntitySchema } from 'typeorm';
import { idColumn, stringColumn, timestampColumns, type Timestamps } from '../db/columns.js';

export interface Member extends Timestamps {
  id: number;
  openid: string;
  unionid: string | null;
  nickname: string;
  avatarUrl: string | null;
  phone: string | null;
}

export const MemberEntity = new EntitySchema<Member>({
  name: 'Member',
  tableName: 'member',
  columns: {
    id: idColumn,
    openid: stringColumn(64, { unique: true }),
    unionid: stringColumn(64, { nullable: true }),
    nickname: stringColumn(60, { default: '' }),
    avatarUrl: stringColumn(255, { nullable: true }),
    phone: stringColumn(20, { nullable: true }),
    ...timestampColumns,
  },
  indices: [{ name: 'IDX_member_phone', columns: ['phone'] }],
});
