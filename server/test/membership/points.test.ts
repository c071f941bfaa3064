import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { PointsEntryEntity } from '../../src/membership/points/points-entry.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DAY, adminToken, ledgerTotals, member, tx } from './membership-fixtures.js';

describe('points ledger', () => {
  let app: TestApp;
  let admin: string;
  const later = () => new Date(Date.now() + 365 * DAY);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await adminToken(app);
  });
  afterAll(async () => app?.close());

  const earn = (memberId: number, points: number, orderId: number | null, expiresAt: Date | null = later()) =>
    tx(app.services, (m) => app.services.points.earnWithin(m, memberId, points, orderId, `order ${orderId}`, expiresAt));
  const spend = (memberId: number, points: number, orderId: number | null, services: Services = app.services) =>
    tx(services, (m) => services.points.spendWithin(m, memberId, points, orderId, `order ${orderId}`));

  it('earn credits the balance and shows in the member ledger; earning twice for one order counts once', async () => {
    const { token, memberId } = await member(app, 'points-earn');
    await earn(memberId, 120, 501);
    const again = await earn(memberId, 120, 501);
    expect(again.delta).toBe(120);
    const res = await app.request('GET', '/api/v1/members/me/points', { token });
    expect(res.status).toBe(200);
    expect(res.body.balance).toBe(120);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ delta: 120, kind: 'earn', orderId: 501 });
    expect((await app.request('GET', '/api/v1/members/me', { token })).body.pointsBalance).toBe(120);
  });

  it('spend deducts; more than the balance is refused with POINTS_INSUFFICIENT and changes nothing', async () => {
    const { memberId } = await member(app, 'points-spend');
    await earn(memberId, 100, 502);
    await spend(memberId, 40, 503);
    expect(await app.services.points.balanceOf(memberId)).toBe(60);
    await expect(spend(memberId, 61, 504)).rejects.toMatchObject({ code: 'POINTS_INSUFFICIENT', status: 409 });
    expect(await app.services.points.balanceOf(memberId)).toBe(60);
    expect(await app.services.dataSource.manager.countBy(PointsEntryEntity, { memberId, kind: 'spend' })).toBe(1);
  });

  it('a member without an account cannot spend', async () => {
    const { memberId } = await member(app, 'points-none');
    await expect(spend(memberId, 1, 505)).rejects.toMatchObject({ code: 'POINTS_INSUFFICIENT' });
  });

  it('20 concurrent spends against a balance covering 5: exactly 5 succeed, balance 0, never negative', async () => {
    const { memberId } = await member(app, 'points-race');
    await earn(memberId, 500, 506);
    const other = await app.otherProcess();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => spend(memberId, 100, 600 + i, i % 2 ? other : app.services)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused.every((o) => o.reason.code === 'POINTS_INSUFFICIENT')).toBe(true);
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 0, sumDelta: 0, sumRemaining: 0 });
  });

  it('refund reverses the points the order earned, at most what it earned', async () => {
    const { memberId } = await member(app, 'points-reverse');
    await earn(memberId, 300, 701);
    await earn(memberId, 50, 702);
    const partial = await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 701, 100));
    expect(partial).toMatchObject({ delta: -100, kind: 'reverse_earn', orderId: 701 });
    const rest = await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 701, 1000));
    expect(rest?.delta).toBe(-200);
    expect(await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 701, 10))).toBeNull();
    expect(await app.services.points.balanceOf(memberId)).toBe(50);
    expect(await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 999, 10))).toBeNull();
  });

  it('reversal of points already spent takes only the balance and records the shortfall', async () => {
    const { memberId } = await member(app, 'points-shortfall');
    await earn(memberId, 300, 711);
    await spend(memberId, 250, 712);
    const entry = await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 711, 300));
    expect(entry?.delta).toBe(-50);
    expect(entry?.reference).toContain('shortfall 250');
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 0, sumDelta: 0, sumRemaining: 0 });
  });

  it('cancel gives spent points back once, at most what the order spent', async () => {
    const { memberId } = await member(app, 'points-refund-spend');
    await earn(memberId, 200, 721);
    await spend(memberId, 150, 722);
    const back = await tx(app.services, (m) => app.services.points.refundSpendWithin(m, memberId, 722, 500));
    expect(back).toMatchObject({ delta: 150, kind: 'refund_spend' });
    expect(await tx(app.services, (m) => app.services.points.refundSpendWithin(m, memberId, 722, 150))).toBeNull();
    expect(await tx(app.services, (m) => app.services.points.refundSpendWithin(m, memberId, 721, 10))).toBeNull();
    expect(await app.services.points.balanceOf(memberId)).toBe(200);
  });

  it('expiry removes what is left of expired lots (spending used the soonest-expiring first), once', async () => {
    const { memberId } = await member(app, 'points-expiry');
    await earn(memberId, 100, 731, new Date(Date.now() + 2 * DAY));
    await earn(memberId, 50, 732, new Date(Date.now() + 30 * DAY));
    await spend(memberId, 30, 733);
    const now = new Date(Date.now() + 3 * DAY);
    expect(await app.services.points.expireDue(now)).toBeGreaterThanOrEqual(1);
    expect(await app.services.points.balanceOf(memberId)).toBe(50);
    const expired = await app.services.dataSource.manager.findBy(PointsEntryEntity, { memberId, kind: 'expire' });
    expect(expired.map((e) => e.delta)).toEqual([-70]);
    await app.services.points.expireDue(now);
    expect(await app.services.dataSource.manager.countBy(PointsEntryEntity, { memberId, kind: 'expire' })).toBe(1);
    await app.services.points.expireDue(new Date(Date.now() + 31 * DAY));
    expect(await ledgerTotals(app, memberId)).toEqual({ balance: 0, sumDelta: 0, sumRemaining: 0 });
  });

  it('expiry never takes the balance below zero when the points were spent', async () => {
    const { memberId } = await member(app, 'points-expiry-spent');
    await earn(memberId, 100, 741, new Date(Date.now() + DAY));
    await spend(memberId, 100, 742);
    await app.services.points.expireDue(new Date(Date.now() + 2 * DAY));
    expect(await app.services.dataSource.manager.countBy(PointsEntryEntity, { memberId, kind: 'expire' })).toBe(0);
    expect(await app.services.points.balanceOf(memberId)).toBe(0);
  });

  it('admins adjust points; a deduction beyond the balance is refused; others may not', async () => {
    const { token, memberId } = await member(app, 'points-adjust');
    const path = `/api/v1/admin/members/${memberId}/points/adjust`;
    const added = await app.request('POST', path, { token: admin, body: { delta: 80, reason: '客诉补偿' } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ delta: 80, kind: 'adjust' });
    expect(added.body.reference).toContain('客诉补偿');
    const taken = await app.request('POST', path, { token: admin, body: { delta: -30, reason: '误发' } });
    expect(taken.status).toBe(201);
    const tooMuch = await app.request('POST', path, { token: admin, body: { delta: -51, reason: '误发' } });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('POINTS_INSUFFICIENT');
    expect(await app.services.points.balanceOf(memberId)).toBe(50);
    expect((await app.request('POST', path, { token: admin, body: { delta: 0, reason: 'x' } })).status).toBe(400);
    expect((await app.request('POST', path, { token, body: { delta: 10, reason: 'me' } })).status).toBe(403);
    const marketer = await app.loginStaff('marketer', 'Demo-marketer-2026');
    expect((await app.request('POST', path, { token: marketer, body: { delta: 10, reason: 'x' } })).status).toBe(403);
    expect((await app.request('POST', '/api/v1/admin/members/99999999/points/adjust', { token: admin, body: { delta: 10, reason: 'x' } })).status).toBe(404);
  });

  it('the ledger replays to the balance and pages with a cursor', async () => {
    const { token, memberId } = await member(app, 'points-replay');
    await earn(memberId, 500, 801, new Date(Date.now() + DAY));
    await earn(memberId, 200, 802);
    await spend(memberId, 120, 803);
    await tx(app.services, (m) => app.services.points.reverseEarnWithin(m, memberId, 802, 60));
    await tx(app.services, (m) => app.services.points.refundSpendWithin(m, memberId, 803, 20));
    await app.request('POST', `/api/v1/admin/members/${memberId}/points/adjust`, { token: admin, body: { delta: -7, reason: 'fix' } });
    await app.services.points.expireDue(new Date(Date.now() + 2 * DAY));
    const totals = await ledgerTotals(app, memberId);
    expect(totals.sumDelta).toBe(totals.balance);
    expect(totals.sumRemaining).toBe(totals.balance);
    expect(totals.balance).toBeGreaterThanOrEqual(0);

    const seen: { id: number; delta: number }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await app.request('GET', `/api/v1/members/me/points${query}`, { token });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(seen.map((e) => e.id)).toEqual([...seen.map((e) => e.id)].sort((a, b) => b - a));
    expect(seen.reduce((s, e) => s + e.delta, 0)).toBe(totals.balance);
  });

  it('the ledger is for signed-in members only', async () => {
    expect((await app.request('GET', '/api/v1/members/me/points')).status).toBe(401);
  });
});
