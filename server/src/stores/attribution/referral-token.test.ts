import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shop/shared';
import { TokenService } from '../../http/auth.js';
import { ReferralTokens } from './referral-token.js';

const DAY = 86_400_000;
const secret = randomBytes(32);
const tokens = new ReferralTokens(secret);

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('referral tokens', () => {
  it('name the staff member, their store and the source; a share card opens the home page with ?ref=', async () => {
    const now = new Date('2026-11-20T02:00:00Z');
    const issued = await tokens.issue({ staffId: 7, storeId: 2, source: 'share_card' }, now);
    expect(issued.path).toBe(`/pages/home/index?ref=${issued.token}`);
    expect(issued.expiresAt).toEqual(new Date(now.getTime() + 30 * DAY));
    expect(await tokens.verify(issued.token, now)).toEqual({ staffId: 7, storeId: 2, source: 'share_card' });
  });

  it('a share card expires after 30 days, a printed store QR after a year', async () => {
    const now = new Date('2026-11-20T02:00:00Z');
    const card = await tokens.issue({ staffId: 7, storeId: 2, source: 'share_card' }, now);
    expect(await refusal(tokens.verify(card.token, new Date(now.getTime() + 30 * DAY + 1000)))).toBe('REFERRAL_EXPIRED');
    const qr = await tokens.issue({ staffId: 7, storeId: 2, source: 'store_qr' }, now);
    expect(await tokens.verify(qr.token, new Date(now.getTime() + 364 * DAY))).toMatchObject({ source: 'store_qr' });
    expect(await refusal(tokens.verify(qr.token, new Date(now.getTime() + 366 * DAY)))).toBe('REFERRAL_EXPIRED');
  });

  it('refuse a changed payload, another secret, garbage, and the shop\'s other tokens', async () => {
    const { token } = await tokens.issue({ staffId: 7, storeId: 2, source: 'share_card' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, sub: 'staff:8' })).toString('base64url'), signature].join('.');
    expect(await refusal(tokens.verify(forged))).toBe('REFERRAL_INVALID');
    const otherShop = await new ReferralTokens(randomBytes(32)).issue({ staffId: 7, storeId: 2, source: 'share_card' });
    expect(await refusal(tokens.verify(otherShop.token))).toBe('REFERRAL_INVALID');
    expect(await refusal(tokens.verify('not-a-token'))).toBe('REFERRAL_INVALID');

    const signIns = new TokenService(secret, async () => ({ roles: ['staff'], storeId: 2 }));
    const staffLogin = await signIns.issue({ kind: 'staff', staffId: 7, roles: ['staff'], storeId: 2 });
    expect(await refusal(tokens.verify(staffLogin.token))).toBe('REFERRAL_INVALID');
    // And the other way round: a referral token is not a sign-in.
    await expect(signIns.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
