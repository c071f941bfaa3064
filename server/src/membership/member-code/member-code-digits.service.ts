import { randomInt } from 'node:crypto';
import { LessThan, MoreThan, type DataSource } from 'typeorm';
import { AppError } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../../db/transaction.js';
import { MemberCodeDigitsEntity } from './member-code-digits.entity.js';

/** 12 random digits: 10^12 codes against at most a few thousand live ones, so guessing one is hopeless. */
function randomDigits(): string {
  return Array.from({ length: 3 }, () => String(randomInt(0, 10_000)).padStart(4, '0')).join('');
}

/**
 * The typed form of a member code: 12 random digits stored with the QR's expiry, for tablets
 * without a camera (H5). A member's expired digits are cleared when they get new ones.
 */
export class MemberCodeDigitsService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(memberId: number, expiresAt: Date, now = new Date()): Promise<string> {
    for (;;) {
      const digits = randomDigits();
      try {
        await inTransaction(this.dataSource, async (manager) => {
          await manager.delete(MemberCodeDigitsEntity, { memberId, expiresAt: LessThan(now) });
          await manager.insert(MemberCodeDigitsEntity, { digits, memberId, expiresAt });
        });
        return digits;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  /** Whether the input is typed digits (spaces allowed), to tell it from a scanned QR. */
  static isDigits(input: string): boolean {
    return /^\d{12}$/.test(input.replace(/\s/g, ''));
  }

  /** The member of live digits; MEMBER_CODE_INVALID otherwise. */
  async memberOf(input: string, now = new Date()): Promise<number> {
    const row = await this.dataSource.manager.findOneBy(MemberCodeDigitsEntity, { digits: input.replace(/\s/g, ''), expiresAt: MoreThan(now) });
    if (!row) throw new AppError('MEMBER_CODE_INVALID', '会员码无效或已过期，请让顾客刷新');
    return row.memberId;
  }
}
