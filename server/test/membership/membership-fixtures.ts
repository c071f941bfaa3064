import type { EntityManager } from 'typeorm';
import { inTransaction } from '../../src/platform/transaction.js';
import { PointsEntryEntity } from '../../src/membership/points/points-entry.entity.js';
import type { Services } from '../../src/services.js';
import { DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';

export const DAY = 86_400_000;

/** Signs in a fresh consumer; returns their token and member id. */
export async function member(app: TestApp, name: string): Promise<{ token: string; memberId: number }> {
  const token = await app.loginMember(name);
  const me = await app.request('GET', '/api/v1/members/me', { token });
  if (me.status !== 200) throw new Error(`GET /members/me failed: ${me.status} ${JSON.stringify(me.body)}`);
  return { token, memberId: me.body.id as number };
}

export function tx<T>(services: Services, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(services.dataSource, work);
}

export async function adminToken(app: TestApp): Promise<string> {
  return app.loginStaff('admin', DEMO_PASSWORDS.admin);
}

/** The ledger invariants: balance = sum of deltas = sum of lots' remaining, and never negative. */
export async function ledgerTotals(app: TestApp, memberId: number): Promise<{ balance: number; sumDelta: number; sumRemaining: number }> {
  const entries = await app.services.dataSource.manager.findBy(PointsEntryEntity, { memberId });
  return {
    balance: await app.services.points.balanceOf(memberId),
    sumDelta: entries.reduce((s, e) => s + e.delta, 0),
    sumRemaining: entries.reduce((s, e) => s + e.remaining, 0),
  };
}
