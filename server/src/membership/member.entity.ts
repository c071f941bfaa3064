import { EntitySchema } from 'typeorm';
import { idColumn, intColumn, stringColumn, timestampColumns, type Timestamps } from '../platform/columns.js';

export interface Member extends Timestamps {
  id: number;
  /**
   * The WeChat openid; null for a member registered by phone at a store counter who has not
   * signed in with WeChat yet (binding that phone in the mini-program claims the row).
   */
  openid: string | null;
  unionid: string | null;
  nickname: string;
  avatarUrl: string | null;
  /** At most one member per number (unique index): the counter's phone lookup and registration rely on it. */
  phone: string | null;
  /**
   * Set on a WeChat account that handed its openid over to the counter-registered member it
   * turned out to be (see ProfileService.bindPhone): that member is the person now.
   */
  mergedIntoId: number | null;
}

export const MemberEntity = new EntitySchema<Member>({
  name: 'Member',
  tableName: 'member',
  columns: {
    id: idColumn,
    openid: stringColumn(64, { unique: true, nullable: true }),
    unionid: stringColumn(64, { nullable: true }),
    nickname: stringColumn(60, { default: '' }),
    avatarUrl: stringColumn(255, { nullable: true }),
    phone: stringColumn(20, { nullable: true }),
    mergedIntoId: intColumn({ nullable: true }),
    ...timestampColumns,
  },
  uniques: [{ name: 'UQ_member_phone', columns: ['phone'] }],
});
