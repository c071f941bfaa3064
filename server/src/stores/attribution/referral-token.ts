import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError, type ReferralSource } from '@shop/shared';

const ISSUER = 'experience-shop:referral';
const AUDIENCE = 'staff-referral';
const PURPOSE = 'referral';
const DAY_SECONDS = 86_400;
/**
 * A share card lives in chats for a while; a store QR is printed and stands on the counter, so
 * it lasts a year. Neither is a risk to keep: a staff member who leaves (inactive) or moves
 * store no longer gets bindings from their old tokens (checked when a consumer binds).
 */
const TTL_SECONDS: Record<ReferralTokenSource, number> = { share_card: 30 * DAY_SECONDS, store_qr: 365 * DAY_SECONDS };

/** What a token can stand for: a counter registration binds directly, without one. */
export type ReferralTokenSource = Exclude<ReferralSource, 'counter'>;

/** The mini-program page a share card or store QR opens; the app binds the `ref` it carries. */
export const REFERRAL_LANDING_PAGE = '/pages/home/index';

export interface ReferralClaims {
  staffId: number;
  storeId: number;
  source: ReferralTokenSource;
}

/**
 * The signed `ref` token of a share card or store QR: HS256 with a key derived from the auth
 * secret (HMAC(secret, "staff-referral")), with its own issuer, audience and purpose, so it
 * never verifies as an auth token or a member code, nor they as it.
 */
export class ReferralTokens {
  private readonly key: Uint8Array;

  constructor(authSecret: Uint8Array) {
    this.key = new Uint8Array(createHmac('sha256', authSecret).update('staff-referral').digest());
  }

  async issue(claims: ReferralClaims, now = new Date()): Promise<{ token: string; path: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + TTL_SECONDS[claims.source];
    const token = await new SignJWT({ purpose: PURPOSE, storeId: claims.storeId, source: claims.source })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(`staff:${claims.staffId}`)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, path: `${REFERRAL_LANDING_PAGE}?ref=${encodeURIComponent(token)}`, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a genuine, unexpired token; REFERRAL_EXPIRED or REFERRAL_INVALID (400) otherwise. */
  async verify(token: string, now = new Date()): Promise<ReferralClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
      const staffId = Number(/^staff:(\d{1,10})$/.exec(payload.sub ?? '')?.[1]);
      const { storeId, source } = payload;
      if (
        payload.purpose !== PURPOSE ||
        !Number.isSafeInteger(staffId) ||
        staffId <= 0 ||
        typeof storeId !== 'number' ||
        !Number.isSafeInteger(storeId) ||
        (source !== 'share_card' && source !== 'store_qr')
      ) {
        throw invalidReferral();
      }
      return { staffId, storeId, source };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError('REFERRAL_EXPIRED', '该分享已过期，请向导购索取新的分享');
      throw invalidReferral();
    }
  }
}

export function invalidReferral(): AppError {
  return new AppError('REFERRAL_INVALID', '分享链接无效');
}
