import { EntitySchema } from 'typeorm';
import { dateColumn, idColumn, intColumn, stringColumn } from '../../platform/columns.js';

/**
 * A code sent by SMS to a member's phone so that staff may act for them at the counter: only
 * its hash is kept, it is tried at most MAX_ATTEMPTS times and used once.
 */
export interface PhoneChallenge {
  id: number;
  memberId: number;
  staffId: number;
  storeId: number;
  codeHash: string;
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

export const PhoneChallengeEntity = new EntitySchema<PhoneChallenge>({
  name: 'PhoneChallenge',
  tableName: 'counter_phone_challenge',
  columns: {
    id: idColumn,
    memberId: intColumn(),
    staffId: intColumn(),
    storeId: intColumn(),
    codeHash: stringColumn(64),
    attempts: intColumn({ default: 0 }),
    expiresAt: dateColumn(),
    usedAt: dateColumn({ nullable: true }),
    createdAt: { type: 'datetime', precision: 6, createDate: true },
  },
  indices: [{ name: 'IDX_counter_phone_challenge_member', columns: ['memberId', 'createdAt'] }],
});
