import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { storeByCode } from '../support/fixtures.js';
import { StaffAccountEntity } from '../../src/stores/staff-account.entity.js';

/**
 * Sign-in tokens are only as strong as what the server believes from them: every token must
 * expire, a member is only ever a consumer, and what staff may do comes from their account.
 */
describe('sign-in tokens', () => {
  let app: TestApp;
  let memberId: number;
  let staff: { id: number; storeId: number; tokenVersion: number };

  beforeAll(async () => {
    app = await startTestApp();
    const member = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:token-member' } });
    memberId = member.body.member.id;
    const login = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.ja1', password: DEMO_PASSWORDS.staff } });
    const account = await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { id: login.body.staff.id });
    expect(account.role).toBe('staff');
    staff = { id: account.id, storeId: account.storeId!, tokenVersion: account.tokenVersion };
  });
  afterAll(async () => app?.close());

  /** A token signed with the server's real secret, carrying exactly these claims. */
  function forge(subject: string, claims: Record<string, unknown>, expires: boolean): Promise<string> {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('experience-shop').setSubject(subject).setIssuedAt();
    if (expires) jwt.setExpirationTime('1h');
    return jwt.sign(app.services.config.authSecret);
  }

  const get = (path: string, token: string) => app.request('GET', path, { token });

  it('refuses a token without exp, even signed with the real secret', async () => {
    const member = await forge(`member:${memberId}`, { roles: ['consumer'] }, false);
    const withExp = await forge(`member:${memberId}`, { roles: ['consumer'] }, true);
    expect((await get('/api/v1/orders', withExp)).status).toBe(200);
    const refused = await get('/api/v1/orders', member);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('UNAUTHENTICATED');

    const staffToken = await forge(`staff:${staff.id}`, { roles: ['staff'], storeId: staff.storeId, tv: staff.tokenVersion }, false);
    expect((await get('/api/v1/staff/orders', staffToken)).status).toBe(401);
  });

  it('a member token that claims staff roles reaches no admin or staff route', async () => {
    for (const roles of [['admin'], ['consumer', 'admin'], ['staff'], ['store_manager', 'marketer']]) {
      const token = await forge(`member:${memberId}`, { roles }, true);
      for (const path of ['/api/v1/admin/stock/audit', '/api/v1/admin/payments/anomalies', '/api/v1/staff/orders', '/api/v1/admin/orders']) {
        const res = await get(path, token);
        expect([401, 403], `${roles.join(',')} ${path}`).toContain(res.status);
      }
    }
    // The member's own routes still work with an honest token.
    expect((await get('/api/v1/orders', await forge(`member:${memberId}`, { roles: ['consumer'] }, true))).status).toBe(200);
  });

  it("a staff token claiming admin acts with the account's role: forbidden on admin routes", async () => {
    const token = await forge(`staff:${staff.id}`, { roles: ['admin'], storeId: null, tv: staff.tokenVersion }, true);
    const res = await get('/api/v1/admin/stock/audit', token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect((await get('/api/v1/admin/payments/anomalies', token)).status).toBe(403);
    // Still the staff member it names, at the account's own store, not the token's.
    expect((await get('/api/v1/staff/orders', token)).status).toBe(200);
    expect(await app.services.tokens.verify(token)).toEqual({ kind: 'staff', staffId: staff.id, roles: ['staff'], storeId: staff.storeId });
  });

  it('a role or store changed in the database applies on the next request with the same token', async () => {
    const token = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    const { manager } = app.services.dataSource;
    expect((await get('/api/v1/staff/team', token)).status).toBe(403);
    const otherStore = (await storeByCode(app, 'SH-XH')).store.id;
    try {
      await manager.update(StaffAccountEntity, { id: staff.id }, { role: 'store_manager' });
      expect((await get('/api/v1/staff/team', token)).status).toBe(200);
      await manager.update(StaffAccountEntity, { id: staff.id }, { storeId: otherStore });
      expect(await app.services.tokens.verify(token)).toMatchObject({ roles: ['store_manager'], storeId: otherStore });
    } finally {
      await manager.update(StaffAccountEntity, { id: staff.id }, { role: 'staff', storeId: staff.storeId });
    }
    expect((await get('/api/v1/staff/team', token)).status).toBe(403);
  });
});
