import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberConsentEntity } from '../../src/membership/profile/member-consent.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { member } from './membership-fixtures.js';

describe('member profile, consents and phone', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('a member edits nickname, avatar and birthday', async () => {
    const { token } = await member(app, 'profile-edit');
    const res = await app.request('PATCH', '/api/v1/members/me', { token, body: { nickname: '小白', avatarUrl: 'https://img.example.com/a.png', birthday: '1990-05-20' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nickname: '小白', avatarUrl: 'https://img.example.com/a.png', birthday: '1990-05-20' });
    const cleared = await app.request('PATCH', '/api/v1/members/me', { token, body: { birthday: null } });
    expect(cleared.body).toMatchObject({ nickname: '小白', birthday: null });
    expect((await app.request('GET', '/api/v1/members/me', { token })).body.birthday).toBeNull();
  });

  it('refuses invalid profile input', async () => {
    const { token } = await member(app, 'profile-invalid');
    for (const body of [{ birthday: '1990-13-01' }, { birthday: '20-05-1990' }, { birthday: '2999-01-01' }, { nickname: '' }, { avatarUrl: 'javascript:alert(1)' }, {}]) {
      const res = await app.request('PATCH', '/api/v1/members/me', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('consents are recorded append-only, withdrawal included', async () => {
    const { token, memberId } = await member(app, 'profile-consent');
    const given = await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'marketing', granted: true, version: '2026-01' } });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ kind: 'marketing', granted: true, version: '2026-01' });
    await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'marketing', granted: false, version: '2026-01' } });
    await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'privacy', granted: true, version: 'v3' } });
    const rows = await app.services.dataSource.manager.find(MemberConsentEntity, { where: { memberId }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.kind, r.granted])).toEqual([
      ['marketing', true],
      ['marketing', false],
      ['privacy', true],
    ]);
    expect((await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'cookies', granted: true, version: '1' } })).status).toBe(400);
  });

  it('binds the phone number WeChat vouches for; a bad code or a number of another member is refused', async () => {
    const { token } = await member(app, 'profile-phone');
    const res = await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'test:13900139000' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ phone: '13900139000', session: null });
    expect((await app.request('GET', '/api/v1/members/me', { token })).body.phone).toBe('13900139000');
    const again = await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'test:13900139000' } });
    expect(again.status).toBe(200);

    const bad = await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'garbage' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('PHONE_CODE_INVALID');

    const other = await member(app, 'profile-phone-2');
    const taken = await app.request('POST', '/api/v1/members/me/phone', { token: other.token, body: { code: 'test:13900139000' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('PHONE_IN_USE');
  });

  it('the member centre needs a member sign-in', async () => {
    expect((await app.request('GET', '/api/v1/members/me')).status).toBe(401);
    expect((await app.request('PATCH', '/api/v1/members/me', { body: { nickname: 'x' } })).status).toBe(401);
  });

  it('a member reads back their latest consent per kind, and anyone reads the tier ladder', async () => {
    const { token } = await member(app, 'profile-consents');
    await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'marketing', granted: true, version: '2026-01' } });
    await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'marketing', granted: false, version: '2026-01' } });
    await app.request('POST', '/api/v1/members/me/consents', { token, body: { kind: 'privacy', granted: true, version: '2026-01' } });
    const consents = await app.request('GET', '/api/v1/members/me/consents', { token });
    expect(Object.fromEntries(consents.body.items.map((c: { kind: string; granted: boolean }) => [c.kind, c.granted]))).toEqual({ marketing: false, privacy: true });
    const tiers = await app.request('GET', '/api/v1/members/tiers');
    expect(tiers.body.items.map((t: { code: string }) => t.code)).toEqual(['normal', 'silver', 'gold', 'black_gold']);
    expect(tiers.body.items[2]).toMatchObject({ name: '金卡', discountPercent: 95, freeShippingThreshold: 4900 });
  });
});
