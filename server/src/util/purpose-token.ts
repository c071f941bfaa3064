import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

export interface TokenPurpose {
  /** Derives this purpose's key from the shop's secret: HMAC(secret, keyLabel). */
  keyLabel: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/**
 * Short-lived HS256 tokens for one purpose (a member code, a counter session), each signed with
 * a key of its own derived from the shop's secret and carrying its own issuer and audience, so
 * no token of one purpose, nor a sign-in token, ever verifies as another's.
 */
export class PurposeTokens {
  private readonly key: Uint8Array;

  constructor(
    authSecret: Uint8Array,
    private readonly purpose: TokenPurpose,
  ) {
    this.key = new Uint8Array(createHmac('sha256', authSecret).update(purpose.keyLabel).digest());
  }

  async sign(subject: string, claims: JWTPayload, now: Date): Promise<{ token: string; expiresAt: string }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.purpose.ttlSeconds;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(this.purpose.issuer)
      .setAudience(this.purpose.audience)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** The payload of a live token of this purpose; jose's errors (expired, bad signature, ...) otherwise. */
  async verify(token: string, now: Date): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.key, { issuer: this.purpose.issuer, audience: this.purpose.audience, algorithms: ['HS256'], currentDate: now, requiredClaims: ['exp'] });
    return payload;
  }
}

/** The member id of a `member:<id>` subject, or null. */
export function memberSubjectId(subject: string | undefined): number | null {
  const id = Number(/^member:(\d{1,10})$/.exec(subject ?? '')?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
