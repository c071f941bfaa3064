import { randomInt } from 'node:crypto';
import { LessThan, MoreThan, type DataSource } from 'typeorm';
import { AppError, type MemberCodeAnswer } from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../../platform/transaction.js';
import { MemberCodeDigitsEntity } from './member-code-digits.entity.js';

/** 12 random digits: 10^12 codes against at most a few thousand live ones, so guessing one is hopeless. */
function randomDigits(): string {
  return Array.from({ length: 3 }, () => String(randomInt(0, 10_000)).padStart(4, '0')).join('');
}

/** A member code lives a minute: long enough to show at the counter, too short to pass around. */
export const MEMBER_CODE_TTL_MS = 60_000;

/**
 * The member code: 12 random digits, live for a minute, which the QR encodes and the member
 * centre prints under it (staff scan the QR or type the digits; either way the same lookup).
 * A member's expired codes are cleared when they get a new one.
 */
export class MemberCodeDigitsService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(memberId: number, now = new Date()): Promise<MemberCodeAnswer> {
    const expiresAt = new Date(now.getTime() + MEMBER_CODE_TTL_MS);
    const digits = await this.issueDigits(memberId, expiresAt, now);
    return { code: digits, digits, expiresAt: expiresAt.toISOString() };
  }

  private async issueDigits(memberId: number, expiresAt: Date, now: Date): Promise<string> {
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

  /** The member of a live code, scanned or typed (spaces allowed); MEMBER_CODE_INVALID otherwise. */
  async memberOf(input: string, now = new Date()): Promise<number> {
    const digits = input.replace(/\s/g, '');
    const row = /^\d{12}$/.test(digits) ? await this.dataSource.manager.findOneBy(MemberCodeDigitsEntity, { digits, expiresAt: MoreThan(now) }) : null;
    if (!row) throw new AppError('MEMBER_CODE_INVALID', '会员码无效或已过期，请让顾客刷新');
    return row.memberId;
  }
}
