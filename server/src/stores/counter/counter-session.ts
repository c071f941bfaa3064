import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@shop/shared';
import type { StoreStaff } from '../store-staff.js';

const ISSUER = 'experience-shop:counter';
const AUDIENCE = 'counter-session';
/** Long enough to finish one sale at the counter, short enough that a token left on a tablet soon stops working. */
export const COUNTER_SESSION_TTL_SECONDS = 30 * 60;

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
 * member id grants nothing. Signed with a key of its own (HMAC(secret, "counter-session")), so no
 * other token of the shop verifies as one.
 */
export class CounterSessions {
  private readonly key: Uint8Array;

  constructor(authSecret: Uint8Array) {
    this.key = new Uint8Array(createHmac('sha256', authSecret).update('counter-session').digest());
  }

  async issue(memberId: number, staff: StoreStaff, proof: CounterProof, now = new Date()): Promise<CounterSession> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + COUNTER_SESSION_TTL_SECONDS;
    const token = await new SignJWT({ stf: staff.account.id, sto: staff.store.id, via: proof })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(`member:${memberId}`)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** The member a counter token stands for, when it was issued to this staff member at this store and is still live. */
  async memberOf(token: string | undefined, staff: StoreStaff, now = new Date()): Promise<number> {
    if (!token) throw new AppError('COUNTER_VERIFICATION_REQUIRED', '请先验证会员身份：扫会员码、输入会员码下方 12 位数字，或发送手机验证码');
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now, requiredClaims: ['exp'] });
      const memberId = Number(/^member:(\d{1,10})$/.exec(payload.sub ?? '')?.[1]);
      if (payload.stf === staff.account.id && payload.sto === staff.store.id && Number.isSafeInteger(memberId) && memberId > 0) return memberId;
    } catch {
      // Expired, forged or another key's token: all mean the member must be verified again.
    }
    throw new AppError('COUNTER_VERIFICATION_REQUIRED', '会员验证已失效，请重新识别会员');
  }
}
