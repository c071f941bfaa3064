import { AppError } from '@shop/shared';
import { PurposeTokens, memberSubjectId } from '../../util/purpose-token.js';
import type { StoreStaff } from '../store-staff.js';

/**
 * Long enough to finish one sale at the counter (the member is identified at checkout), short
 * enough that a session left on a tablet after the member walked away soon stops working.
 */
export const COUNTER_SESSION_TTL_SECONDS = 15 * 60;

/** How the member proved they are at the counter. */
export type CounterProof = 'member_code' | 'phone_code';

export interface CounterSession {
  token: string;
  expiresAt: string;
}

/**
 * The proof that a member is at this counter now: issued when they show their live member code
 * or confirm their phone with a code sent to them, bound to the member, the staff member and the
 * store. Staff act on the member's points, coupons, addresses and benefits only with it; a raw
 * member id grants nothing.
 */
export class CounterSessions {
  private readonly tokens: PurposeTokens;

  constructor(authSecret: Uint8Array) {
    this.tokens = new PurposeTokens(authSecret, { keyLabel: 'counter-session', issuer: 'experience-shop:counter', audience: 'counter-session', ttlSeconds: COUNTER_SESSION_TTL_SECONDS });
  }

  issue(memberId: number, staff: StoreStaff, proof: CounterProof, now = new Date()): Promise<CounterSession> {
    return this.tokens.sign(`member:${memberId}`, { stf: staff.account.id, sto: staff.store.id, via: proof }, now);
  }

  /** The member a counter token stands for, when it was issued to this staff member at this store and is still live. */
  async memberOf(token: string | undefined, staff: StoreStaff, now = new Date()): Promise<number> {
    if (!token) throw new AppError('COUNTER_VERIFICATION_REQUIRED', '请先验证会员身份：扫会员码、输入会员码下方 12 位数字，或发送手机验证码');
    try {
      const payload = await this.tokens.verify(token, now);
      const memberId = memberSubjectId(payload.sub);
      if (memberId !== null && payload.stf === staff.account.id && payload.sto === staff.store.id) return memberId;
    } catch {
      // Expired, forged or another key's token: all mean the member must be verified again.
    }
    throw new AppError('COUNTER_VERIFICATION_REQUIRED', '会员验证已失效，请重新识别会员');
  }
}
