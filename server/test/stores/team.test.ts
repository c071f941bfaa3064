import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffAccountEntity } from '../../src/stores/staff-account.entity.js';
import { StoreEntity } from '../../src/stores/store.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

describe('stores: a store manager manages their team', () => {
  let app: TestApp;
  let ja: number;
  let xh: number;
  let managerJa: string;
  let managerXh: string;
  let admin: string;
  let staffJa: string;
  const accountId = async (username: string) => (await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username })).id;
  const create = (token: string, body: Record<string, unknown>) => app.request('POST', '/api/v1/staff/team', { token, body });
  const patch = async (token: string, username: string, body: Record<string, unknown>) => app.request('PATCH', `/api/v1/staff/team/${await accountId(username)}`, { token, body });
  /** Any staff route that needs a valid token. */
  const pickups = (token: string) => app.request('GET', '/api/v1/staff/pickups', { token });

  beforeAll(async () => {
    app = await startTestApp();
    const stores = await app.services.dataSource.manager.find(StoreEntity);
    ja = stores.find((s) => s.code === 'SH-JA')!.id;
    xh = stores.find((s) => s.code === 'SH-XH')!.id;
    [managerJa, managerXh, admin, staffJa] = await Promise.all([
      app.loginStaff('manager.ja', DEMO_PASSWORDS.staff),
      app.loginStaff('manager.xh', DEMO_PASSWORDS.staff),
      app.loginStaff('admin', DEMO_PASSWORDS.admin),
      app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff),
    ]);
  });
  afterAll(async () => app?.close());

  it("lists the manager's own store's accounts only; an admin any store's or all", async () => {
    const own = await app.request('GET', '/api/v1/staff/team', { token: managerJa });
    expect(own.status).toBe(200);
    expect(own.body.items.map((a: { username: string }) => a.username)).toEqual(['manager.ja', 'staff.ja1', 'staff.ja2']);
    expect(own.body.items[1]).toMatchObject({ role: 'staff', storeId: ja, storeName: '栖行 静安体验店', isActive: true });
    expect(own.body.items[0]).not.toHaveProperty('passwordHash');

    const other = await app.request('GET', `/api/v1/staff/team?storeId=${xh}`, { token: managerJa });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');

    const adminXh = await app.request('GET', `/api/v1/staff/team?storeId=${xh}`, { token: admin });
    expect(adminXh.body.items.map((a: { username: string }) => a.username)).toEqual(['manager.xh', 'staff.xh1', 'staff.xh2']);
    const all = await app.request('GET', '/api/v1/staff/team?limit=5', { token: admin });
    expect(all.body.items).toHaveLength(5);
    expect(all.body.items.every((a: { role: string }) => a.role === 'staff' || a.role === 'store_manager')).toBe(true);
    const rest = await app.request('GET', `/api/v1/staff/team?limit=5&cursor=${all.body.nextCursor}`, { token: admin });
    expect(rest.body.items.length).toBeGreaterThan(0);
    expect(rest.body.items[0].id).toBeGreaterThan(all.body.items[4].id);
    expect((await app.request('GET', '/api/v1/staff/team?storeId=999999', { token: admin })).status).toBe(404);
  });

  it('refuses staff, marketers, consumers and anonymous callers', async () => {
    const marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    const member = await app.loginMember('team-consumer');
    for (const token of [staffJa, marketer, member]) {
      expect((await app.request('GET', '/api/v1/staff/team', { token })).status).toBe(403);
      expect((await create(token, { username: 'sneaky', displayName: '某人', password: 'Sneaky-2026' })).status).toBe(403);
      expect((await patch(token, 'staff.ja2', { displayName: '改名' })).status).toBe(403);
    }
    expect((await app.request('GET', '/api/v1/staff/team')).status).toBe(401);
    expect(await app.services.dataSource.manager.existsBy(StaffAccountEntity, { username: 'sneaky' })).toBe(false);
  });

  it('creates a staff account in the manager’s own store that can sign in; the password is hashed', async () => {
    const res = await create(managerJa, { username: 'Staff.JA-New', displayName: ' 赵小满 ', password: 'Welcome-2026' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'staff.ja-new', displayName: '赵小满', role: 'staff', storeId: ja, isActive: true });
    const stored = await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username: 'staff.ja-new' });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain('Welcome-2026');
    const login = await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.ja-new', password: 'Welcome-2026' } });
    expect(login.body.staff).toMatchObject({ role: 'staff', storeId: ja });
  });

  it('lets a manager create only staff, only in their own store', async () => {
    const manager = await create(managerJa, { username: 'second.manager', displayName: '副店长', password: 'Welcome-2026', role: 'store_manager' });
    expect(manager.status).toBe(403);
    expect(manager.body.error.message).toBe('店长只能添加店员账号');
    const elsewhere = await create(managerJa, { username: 'planted.xh', displayName: '卧底', password: 'Welcome-2026', storeId: xh });
    expect(elsewhere.status).toBe(403);
    expect(await app.services.dataSource.manager.existsBy(StaffAccountEntity, { username: 'planted.xh' })).toBe(false);
  });

  it('lets an admin create staff or a store manager in any store, naming the store', async () => {
    const res = await create(admin, { username: 'manager.xh2', displayName: '钱店长', password: 'Welcome-2026', role: 'store_manager', storeId: xh });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'store_manager', storeId: xh, storeName: '栖行 徐汇武康路体验店' });
    const noStore = await create(admin, { username: 'nowhere', displayName: '无门店', password: 'Welcome-2026' });
    expect(noStore.status).toBe(400);
    expect(noStore.body.error.details[0].path).toBe('storeId');
    expect((await create(admin, { username: 'nowhere', displayName: '无门店', password: 'Welcome-2026', storeId: 999999 })).status).toBe(404);
    expect((await create(admin, { username: 'boss2', displayName: '另一个管理员', password: 'Welcome-2026', role: 'admin', storeId: xh })).status).toBe(400);
  });

  it('enforces the password policy and username format', async () => {
    const weak = [{ password: 'short1' }, { password: 'alllettersonly' }, { password: '1234567890' }, { password: 'has space 123' }];
    for (const { password } of weak) {
      const res = await create(managerJa, { username: 'weak.one', displayName: '弱密码', password });
      expect(res.status, password).toBe(400);
      expect(res.body.error.details[0].path).toBe('password');
    }
    for (const username of ['ab', '中文名', '-dash', 'has space']) {
      expect((await create(managerJa, { username, displayName: '格式', password: 'Welcome-2026' })).status, username).toBe(400);
    }
  });

  it('refuses a taken username with CONFLICT, and of many creating one name at once exactly one wins', async () => {
    const taken = await create(managerJa, { username: 'staff.ja1', displayName: '重名', password: 'Welcome-2026' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'CONFLICT', details: [{ path: 'username' }] });

    const racers = await Promise.all(
      [managerJa, admin, managerJa, admin, managerJa, managerJa].map((token, i) =>
        create(token, { username: 'race.name', displayName: `抢注${i}`, password: 'Welcome-2026', storeId: ja }),
      ),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(racers.filter((r) => r.status === 409).every((r) => r.body.error.code === 'CONFLICT')).toBe(true);
    expect(await app.services.dataSource.manager.countBy(StaffAccountEntity, { username: 'race.name' })).toBe(1);
  });

  it('renames, deactivates and reactivates a staff member; a deactivated account’s existing token is refused at once', async () => {
    await create(managerJa, { username: 'staff.ja-temp', displayName: '临时工', password: 'Welcome-2026' });
    const token = await app.loginStaff('staff.ja-temp', 'Welcome-2026');
    expect((await pickups(token)).status).toBe(200);

    const renamed = await patch(managerJa, 'staff.ja-temp', { displayName: '临时店员' });
    expect(renamed.body).toMatchObject({ displayName: '临时店员', isActive: true });
    expect((await pickups(token)).status).toBe(200); // a rename signs nobody out

    const off = await patch(managerJa, 'staff.ja-temp', { isActive: false });
    expect(off.status).toBe(200);
    expect(off.body.isActive).toBe(false);
    const refused = await pickups(token);
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号已停用或密码已重置，请重新登录' });
    expect((await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.ja-temp', password: 'Welcome-2026' } })).status).toBe(401);

    const on = await patch(managerJa, 'staff.ja-temp', { isActive: true });
    expect(on.body.isActive).toBe(true);
    expect((await pickups(token)).status).toBe(401); // the old token stays dead: sign in again
    const fresh = await app.loginStaff('staff.ja-temp', 'Welcome-2026');
    expect((await pickups(fresh)).status).toBe(200);
  });

  it('resets a password: the old password and every token issued before stop working', async () => {
    await create(managerJa, { username: 'staff.ja-pw', displayName: '改密码', password: 'Welcome-2026' });
    const token = await app.loginStaff('staff.ja-pw', 'Welcome-2026');
    const reset = await patch(managerJa, 'staff.ja-pw', { password: 'Renewed-2027' });
    expect(reset.status).toBe(200);
    expect((await pickups(token)).status).toBe(401);
    expect((await app.request('POST', '/api/v1/staff/auth/login', { body: { username: 'staff.ja-pw', password: 'Welcome-2026' } })).status).toBe(401);
    expect((await pickups(await app.loginStaff('staff.ja-pw', 'Renewed-2027'))).status).toBe(200);
    expect((await patch(managerJa, 'staff.ja-pw', { password: 'weak' })).status).toBe(400);
    expect((await patch(managerJa, 'staff.ja-pw', {})).status).toBe(400);
  });

  it("never lets a manager touch another store's accounts, a manager, an admin, or deactivate themselves", async () => {
    for (const [username, body] of [
      ['staff.xh1', { isActive: false }],
      ['staff.xh1', { password: 'Hijack-2026' }],
      ['manager.xh', { displayName: '改名' }],
      ['admin', { isActive: false }],
      ['marketer', { password: 'Hijack-2026' }],
      ['manager.ja', { isActive: false }],
      ['manager.ja', { password: 'Hijack-2026' }],
    ] as const) {
      const res = await patch(managerJa, username, body);
      expect(res.status, username).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await pickups(managerXh)).status).toBe(200);
    const xh1 = await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username: 'staff.xh1' });
    expect(xh1).toMatchObject({ isActive: true, tokenVersion: 0 });
    expect((await app.request('PATCH', '/api/v1/staff/team/999999', { token: managerJa, body: { displayName: 'x' } })).status).toBe(404);
  });

  it("lets an admin manage any store's staff and managers, and a deactivated manager loses the team at once", async () => {
    await create(admin, { username: 'manager.tmp', displayName: '代店长', password: 'Welcome-2026', role: 'store_manager', storeId: xh });
    const managerTmp = await app.loginStaff('manager.tmp', 'Welcome-2026');
    expect((await app.request('GET', '/api/v1/staff/team', { token: managerTmp })).status).toBe(200);
    expect((await patch(admin, 'manager.tmp', { isActive: false })).status).toBe(200);
    expect((await app.request('GET', '/api/v1/staff/team', { token: managerTmp })).status).toBe(401);
    expect((await create(managerTmp, { username: 'ghost.hire', displayName: '幽灵', password: 'Welcome-2026' })).status).toBe(401);
    expect((await patch(admin, 'admin', { isActive: false })).status).toBe(403);
  });
});
