import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_SESSION_TTL_SECONDS } from '../../src/stores/counter/counter-session.js';
import { SignJWT } from 'jose';
import { MemberCodeService } from '../../src/membership/member-code/member-code.service.js';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { textedCode } from '../support/counter.js';
import { member, tx } from './membership-fixtures.js';

describe('member code', () => {
  let app: TestApp;
  let staff: string;
  const identify = (code: string, token = staff) => app.request('POST', '/api/v1/staff/members/identify', { token, body: { code } });

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
  });
  afterAll(async () => app?.close());

  it('a member shows a 60-second code; staff scan it and see profile, tier and points (phone masked) with a short-lived counter session', async () => {
    const { token, memberId } = await member(app, 'code-alice');
    await tx(app.services, (m) => app.services.points.earn(m, memberId, 88, null, 'welcome', null));
    await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'test:13800138000' } });
    const res = await app.request('GET', '/api/v1/members/me/code', { token });
    expect(res.status).toBe(200);
    const ttl = new Date(res.body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    const seen = await identify(res.body.code);
    expect(seen.status).toBe(200);
    expect(seen.body.member).toMatchObject({ id: memberId, pointsBalance: 88, tier: { code: 'normal' }, phone: '138****8000' });
    expect(seen.body.session.token).toEqual(expect.any(String));
    const sessionTtl = new Date(seen.body.session.expiresAt).getTime() - Date.now();
    expect(sessionTtl).toBeGreaterThan(COUNTER_SESSION_TTL_SECONDS * 1000 - 60_000);
    expect(sessionTtl).toBeLessThanOrEqual(COUNTER_SESSION_TTL_SECONDS * 1000);
    const manager = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
    expect((await identify(res.body.code, manager)).status).toBe(200);
  });

  it('an expired code is refused with MEMBER_CODE_EXPIRED', async () => {
    const { memberId } = await member(app, 'code-late');
    const codes = new MemberCodeService(app.services.config.authSecret);
    const old = await codes.issue(memberId, new Date(Date.now() - 61_000));
    const res = await identify(old.code);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('MEMBER_CODE_EXPIRED');
  });

  it('a forged or tampered code is refused with MEMBER_CODE_INVALID', async () => {
    const { token, memberId } = await member(app, 'code-forge');
    const forged = await new MemberCodeService(new TextEncoder().encode('x'.repeat(32))).issue(memberId);
    expect((await identify(forged.code)).body.error.code).toBe('MEMBER_CODE_INVALID');
    const real = (await app.request('GET', '/api/v1/members/me/code', { token })).body.code as string;
    const [header, , signature] = real.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ purpose: 'member_code', sub: 'member:1', iss: 'experience-shop:member-code', aud: 'store-identify', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    const tampered = await identify(`${header}.${otherPayload}.${signature}`);
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.code).toBe('MEMBER_CODE_INVALID');
    expect((await identify('not-a-token')).body.error.code).toBe('MEMBER_CODE_INVALID');
  });

  it('an auth token is not a member code, and a member code is not an auth token', async () => {
    const { token } = await member(app, 'code-mixup');
    const asCode = await identify(token);
    expect(asCode.status).toBe(401);
    expect(asCode.body.error.code).toBe('MEMBER_CODE_INVALID');
    const code = (await app.request('GET', '/api/v1/members/me/code', { token })).body.code as string;
    const asToken = await app.request('GET', '/api/v1/members/me', { token: code });
    expect(asToken.status).toBe(401);
    expect(asToken.body.error.code).toBe('UNAUTHENTICATED');
    // Even signed with the auth secret itself and the code's claims, it is not a code: the key differs.
    const withAuthKey = await new SignJWT({ purpose: 'member_code' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('experience-shop:member-code')
      .setAudience('store-identify')
      .setSubject('member:1')
      .setExpirationTime('1m')
      .sign(app.services.config.authSecret);
    expect((await identify(withAuthKey)).body.error.code).toBe('MEMBER_CODE_INVALID');
  });

  it('only store staff may identify members; only members get codes', async () => {
    const { token } = await member(app, 'code-roles');
    const code = (await app.request('GET', '/api/v1/members/me/code', { token })).body.code as string;
    expect((await identify(code, token)).status).toBe(403);
    const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    expect((await identify(code, marketer)).status).toBe(403);
    expect((await app.request('POST', '/api/v1/staff/members/identify', { body: { code } })).status).toBe(401);
    expect((await app.request('GET', '/api/v1/members/me/code', { token: staff })).status).toBe(403);
    expect((await identify('')).status).toBe(400);
  });

  it('staff without a camera type the 12 digits under the QR; expired or unknown digits are refused', async () => {
    const { token, memberId } = await member(app, 'code-digits');
    const res = await app.request('GET', '/api/v1/members/me/code', { token });
    expect(res.body.digits).toMatch(/^\d{12}$/);
    const typed = `${res.body.digits.slice(0, 4)} ${res.body.digits.slice(4, 8)} ${res.body.digits.slice(8)}`;
    expect((await identify(typed)).body).toMatchObject({ member: { id: memberId }, session: { token: expect.any(String) } });
    const later = (await app.request('GET', '/api/v1/members/me/code', { token })).body.digits;
    expect(later).not.toBe(res.body.digits);
    const unknown = await identify('000000000000' === later ? '111111111111' : '000000000000');
    expect(unknown.body.error.code).toBe('MEMBER_CODE_INVALID');
    expect(await app.services.memberCodeDigits.memberOf(later, new Date(Date.now() + 61_000)).catch((e: { code: string }) => e.code)).toBe('MEMBER_CODE_INVALID');
  });

  it('staff find a member by the phone they bound, once the member reads out the code texted to it', async () => {
    const { token, memberId } = await member(app, 'code-phone');
    await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'test:13700137001' } });
    const challenge = await app.request('POST', '/api/v1/staff/members/phone-challenge', { token: staff, body: { phone: '13700137001' } });
    expect(challenge.status, JSON.stringify(challenge.body)).toBe(201);
    expect(challenge.body).toMatchObject({ challengeId: expect.any(Number), phone: '137****7001' });
    const confirmed = await app.request('POST', '/api/v1/staff/members/phone-confirm', { token: staff, body: { challengeId: challenge.body.challengeId, code: textedCode(app, '13700137001') } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ member: { id: memberId, phone: '137****7001' }, session: { token: expect.any(String) } });
    const unknown = await app.request('POST', '/api/v1/staff/members/phone-challenge', { token: staff, body: { phone: '13700137999' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect(app.emulator!.texts('13700137999')).toEqual([]);
    expect((await app.request('POST', '/api/v1/staff/members/phone-challenge', { token: staff, body: { phone: '123' } })).status).toBe(400);
    expect((await app.request('POST', '/api/v1/staff/members/phone-challenge', { token, body: { phone: '13700137001' } })).status).toBe(403);
  });
});
