import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_MAX_PER_MEMBER } from '@shop/shared';
import { AddressEntity } from '../../src/membership/address.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS } from '../support/fixtures.js';

describe('addresses: CRUD, one default, cap, ownership', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  const create = (token: string, body: Record<string, unknown> = {}) => app.request('POST', '/api/v1/addresses', { token, body: { ...SAMPLE_ADDRESS, ...body } });
  const list = async (token: string): Promise<{ id: number; isDefault: boolean; detail: string }[]> => (await app.request('GET', '/api/v1/addresses', { token })).body.items;
  const defaults = async (token: string) => (await list(token)).filter((a) => a.isDefault).map((a) => a.id);

  it('creates, reads, updates and deletes an address', async () => {
    const token = await app.loginMember('addr-crud');
    const created = await create(token, { latitude: 31.23, longitude: 121.47 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...SAMPLE_ADDRESS, latitude: 31.23, longitude: 121.47, isDefault: true, id: expect.any(Number) });

    const read = await app.request('GET', `/api/v1/addresses/${created.body.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const patched = await app.request('PATCH', `/api/v1/addresses/${created.body.id}`, { token, body: { detail: '  新闸路 88 号  ', latitude: null } });
    expect(patched.status).toBe(200);
    // Fields not sent keep their values: a partial update must not clear the default flag either.
    expect(patched.body).toMatchObject({ detail: '新闸路 88 号', latitude: null, longitude: 121.47, recipientName: SAMPLE_ADDRESS.recipientName, isDefault: true });

    expect((await app.request('DELETE', `/api/v1/addresses/${created.body.id}`, { token })).status).toBe(204);
    expect((await app.request('GET', `/api/v1/addresses/${created.body.id}`, { token })).status).toBe(404);
    expect(await list(token)).toEqual([]);
  });

  it('keeps exactly one default: the first address, then whichever is made default', async () => {
    const token = await app.loginMember('addr-default');
    const first = (await create(token, { detail: 'first', isDefault: false })).body;
    expect(first.isDefault).toBe(true);
    const second = (await create(token, { detail: 'second' })).body;
    expect(second.isDefault).toBe(false);
    const third = (await create(token, { detail: 'third', isDefault: true })).body;
    expect(third.isDefault).toBe(true);
    expect(await defaults(token)).toEqual([third.id]);
    // Default first, then newest first.
    expect((await list(token)).map((a) => a.id)).toEqual([third.id, second.id, first.id]);

    const moved = await app.request('PATCH', `/api/v1/addresses/${second.id}`, { token, body: { isDefault: true } });
    expect(moved.body.isDefault).toBe(true);
    expect(await defaults(token)).toEqual([second.id]);

    // Un-defaulting the default would leave none; the way is to make another one default.
    const unset = await app.request('PATCH', `/api/v1/addresses/${second.id}`, { token, body: { isDefault: false } });
    expect(unset.status).toBe(409);
    expect(await defaults(token)).toEqual([second.id]);
    // Saying isDefault: false about a non-default address is fine.
    expect((await app.request('PATCH', `/api/v1/addresses/${first.id}`, { token, body: { isDefault: false, detail: 'first again' } })).status).toBe(200);
    expect(await defaults(token)).toEqual([second.id]);
  });

  it('promotes the most recently added remaining address when the default is deleted', async () => {
    const token = await app.loginMember('addr-promote');
    const a = (await create(token, { detail: 'a' })).body;
    const b = (await create(token, { detail: 'b' })).body;
    const c = (await create(token, { detail: 'c' })).body;
    expect(a.isDefault).toBe(true);

    await app.request('DELETE', `/api/v1/addresses/${b.id}`, { token });
    expect(await defaults(token)).toEqual([a.id]);

    await app.request('DELETE', `/api/v1/addresses/${a.id}`, { token });
    expect(await defaults(token)).toEqual([c.id]);
    await app.request('DELETE', `/api/v1/addresses/${c.id}`, { token });
    expect(await list(token)).toEqual([]);
    // Starting again, the new first address is the default.
    expect((await create(token)).body.isDefault).toBe(true);
  });

  it('concurrent first addresses of one member still leave exactly one default', async () => {
    const token = await app.loginMember('addr-race');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => create(token, { detail: `race ${i}` })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(await defaults(token)).toHaveLength(1);
    expect(results.filter((r) => r.body.isDefault)).toHaveLength(1);
  });

  it(`refuses more than ${ADDRESS_MAX_PER_MEMBER} addresses per member`, async () => {
    const token = await app.loginMember('addr-cap');
    for (let i = 0; i < ADDRESS_MAX_PER_MEMBER; i++) expect((await create(token, { detail: `addr ${i}` })).status).toBe(201);
    const over = await create(token, { detail: 'one too many' });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('CONFLICT');
    expect(over.body.error.message).toContain(String(ADDRESS_MAX_PER_MEMBER));
    expect(await list(token)).toHaveLength(ADDRESS_MAX_PER_MEMBER);
    // Deleting one makes room again.
    const [some] = await list(token);
    await app.request('DELETE', `/api/v1/addresses/${some!.id}`, { token });
    expect((await create(token, { detail: 'fits again' })).status).toBe(201);
  });

  it('validates input with field-level details', async () => {
    const token = await app.loginMember('addr-validate');
    const badPhone = await create(token, { phone: '12345' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.code).toBe('VALIDATION_FAILED');
    expect(badPhone.body.error.details).toEqual([expect.objectContaining({ path: 'phone' })]);

    const missing = await app.request('POST', '/api/v1/addresses', { token, body: { phone: '13800138000' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['recipientName', 'detail']));

    expect((await create(token, { detail: '   ' })).status).toBe(400);
    expect((await create(token, { latitude: 91 })).status).toBe(400);

    const created = (await create(token)).body;
    expect((await app.request('PATCH', `/api/v1/addresses/${created.id}`, { token, body: {} })).status).toBe(400);
    const badPatch = await app.request('PATCH', `/api/v1/addresses/${created.id}`, { token, body: { phone: '1380013800a' } });
    expect(badPatch.body.error.details[0].path).toBe('phone');
    expect((await app.request('GET', '/api/v1/addresses/not-a-number', { token })).status).toBe(400);
  });

  it("hides another member's addresses: their ids answer 404 everywhere", async () => {
    const alice = await app.loginMember('addr-alice');
    const bob = await app.loginMember('addr-bob');
    const aliceAddress = (await create(alice, { detail: 'alice home' })).body;

    expect(await list(bob)).toEqual([]);
    for (const [method, body] of [['GET', undefined], ['PATCH', { detail: 'hijacked' }], ['DELETE', undefined]] as const) {
      const res = await app.request(method, `/api/v1/addresses/${aliceAddress.id}`, { token: bob, body });
      expect(res.status, method).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const row = await app.services.dataSource.manager.findOneByOrFail(AddressEntity, { id: aliceAddress.id });
    expect(row.detail).toBe('alice home');

    // The orders module gets the same answer.
    await expect(app.services.addresses.getOwned(row.memberId + 100_000, aliceAddress.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.services.addresses.getOwned(row.memberId, aliceAddress.id)).id).toBe(aliceAddress.id);
  });

  it('is for signed-in consumers only', async () => {
    expect((await app.request('GET', '/api/v1/addresses')).status).toBe(401);
    const staff = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    expect((await app.request('GET', '/api/v1/addresses', { token: staff })).status).toBe(403);
    expect((await create(staff)).status).toBe(403);
  });

  it('100 members saving their first address at once all succeed', async () => {
    const tokens = await Promise.all(Array.from({ length: 100 }, (_, i) => app.loginMember(`first-address-${i}`)));
    const body = { recipientName: '李四', phone: '13900139000', province: '上海市', city: '上海市', district: '徐汇区', detail: '武康路 1 号' };
    const results = await Promise.all(tokens.map((token) => app.request('POST', '/api/v1/addresses', { token, body })));
    expect(results.map((r) => r.status)).toEqual(tokens.map(() => 201));
    expect(results.every((r) => r.body.isDefault === true)).toBe(true);
  });
});
