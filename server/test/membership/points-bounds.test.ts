import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';

const MAX_INT = 2_147_483_647;

/** A points balance is an INT column: credits that would pass it are refused clearly, never a 500. */
describe('points balance stays within its INT column', () => {
  let app: TestApp;
  let admin: string;
  let memberId: number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    const login = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:points-bounds' } });
    memberId = login.body.member.id;
  });
  afterAll(async () => app?.close());

  const adjust = (delta: number) => app.request('POST', `/api/v1/admin/members/${memberId}/points/adjust`, { token: admin, body: { delta, reason: '积分校正' } });

  it('credits up to the limit and refuses the credit past it with QUANTITY_TOO_LARGE, leaving the balance', async () => {
    // As enough 10,000,000-point corrections would: the balance 5 below what its column holds.
    await app.services.points.adjust(memberId, MAX_INT - 5, 'filling up to the limit', 'staff:test');
    const past = await adjust(10);
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('QUANTITY_TOO_LARGE');
    expect(await app.services.points.balanceOf(memberId)).toBe(MAX_INT - 5);
    expect((await adjust(5)).status).toBe(201);
    expect(await app.services.points.balanceOf(memberId)).toBe(MAX_INT);
    expect((await adjust(-7)).status).toBe(201);
    expect(await app.services.points.balanceOf(memberId)).toBe(MAX_INT - 7);
  });
});
