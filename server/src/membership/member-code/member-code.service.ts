import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError, type MemberCodeView } from '@shop/shared';

const ISSUER = 'experience-shop:member-code';
const AUDIENCE = 'store-identify';
const PURPOSE = 'member_code';
const TTL_SECONDS = 60;

/**
 * The member code shown as a QR in the mini-program and scanned by staff. A 60 s JWT signed
 * with a key derived from the auth secret (HMAC(secret, "member-code")), with its own issuer,
 * audience and purpose claim: an auth token never verifies as a member code, and a member
 * code never verifies as an auth token (different key and issuer).
 */
export class MemberCodeService {
  private readonly key: Uint8Array;

  constructor(authSecret: Uint8Array) {
    this.key = new Uint8Array(createHmac('sha256', authSecret).update('member-code').digest());
  }

  async issue(memberId: number, now = new Date()): Promise<MemberCodeView> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + TTL_SECONDS;
    const code = await new SignJWT({ purpose: PURPOSE })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(`member:${memberId}`)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { code, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** The member id in a valid code; MEMBER_CODE_EXPIRED or MEMBER_CODE_INVALID (401) otherwise. */
  async verify(code: string, now = new Date()): Promise<number> {
    try {
      const { payload } = await jwtVerify(code, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
      const match = /^member:(\d{1,10})$/.exec(payload.sub ?? '');
      const memberId = Number(match?.[1]);
      if (payload.purpose !== PURPOSE || !Number.isSafeInteger(memberId) || memberId <= 0) throw new AppError('MEMBER_CODE_INVALID', '会员码无效');
      return memberId;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError('MEMBER_CODE_EXPIRED', '会员码已过期，请让顾客刷新');
      throw new AppError('MEMBER_CODE_INVALID', '会员码无效');
    }
  }
}
