import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_SESSION_TTL_SECONDS } from '../../src/stores/counter/counter-session.js';
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
    await tx(app.services, (m) => app.services.points.earnWithin(m, memberId, 88, null, 'welcome', null));
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

  it('the QR encodes the 12 digits themselves: short to scan off a phone, the same code staff type', async () => {
    const { token, memberId } = await member(app, 'code-short');
    const res = await app.request('GET', '/api/v1/members/me/code', { token });
    expect(res.body.code).toMatch(/^\d{12}$/);
    expect(res.body.code).toBe(res.body.digits);
    expect((await identify(res.body.code)).body.member.id).toBe(memberId);
  });

  it('an expired, unknown or malformed code is refused with MEMBER_CODE_INVALID', async () => {
    const { memberId } = await member(app, 'code-late');
    const old = await app.services.memberCodeDigits.issue(memberId, new Date(Date.now() - 61_000));
    const late = await identify(old.code);
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('MEMBER_CODE_INVALID');
    for (const wrong of ['not-a-code', '12345678901', '1234567890123', 'eyJhbGciOiJIUzI1NiJ9.e30.x']) {
      expect((await identify(wrong)).body.error.code).toBe('MEMBER_CODE_INVALID');
    }
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
