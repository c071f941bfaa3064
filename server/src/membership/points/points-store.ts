import type { EntityManager } from 'typeorm';
import { AppError, MAX_INT, type PointsEntryKind } from '@shop/shared';
import { affectedRows } from '../../platform/transaction.js';
import { locking } from '../../platform/locking.js';
import { PointsAccountEntity, type PointsAccount } from './points-account.entity.js';
import { PointsEntryEntity, type PointsEntry } from './points-entry.entity.js';

/**
 * Row-level building blocks of the points ledger, all inside the caller's transaction.
 * Every operation on a member's points first locks their account row (FOR UPDATE on MySQL;
 * SQLite runs one transaction at a time), so the ledger reads that follow are current and
 * operations on one member never interleave.
 */

export async function lockAccount(manager: EntityManager, memberId: number): Promise<PointsAccount | null> {
  return locking(manager, manager.createQueryBuilder(PointsAccountEntity, 'a').where('a.memberId = :memberId', { memberId })).getOne();
}

export async function lockOrCreateAccount(manager: EntityManager, memberId: number): Promise<PointsAccount> {
  const existing = await lockAccount(manager, memberId);
  if (existing) return existing;
  await manager.createQueryBuilder().insert().into(PointsAccountEntity).values({ memberId, balance: 0 }).orIgnore().updateEntity(false).execute();
  const created = await lockAccount(manager, memberId);
  if (!created) throw new Error(`points account of member ${memberId} could not be created`);
  return created;
}

/** Points a locked account can still take before its balance passes the INT column. */
export function headroom(account: PointsAccount): number {
  return Math.max(0, MAX_INT - account.balance);
}

/** The balance only goes up while it stays within its INT column (repeated credits add up). */
export async function credit(manager: EntityManager, memberId: number, points: number): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(PointsAccountEntity)
    .set({ balance: () => `balance + ${Number(points)}` })
    .where('memberId = :memberId AND balance + :points <= :max', { memberId, points, max: MAX_INT })
    .execute();
  if (affectedRows(result) === 1) return;
  if (!(await manager.existsBy(PointsAccountEntity, { memberId }))) throw new Error(`points account of member ${memberId} is missing`);
  throw new AppError('QUANTITY_TOO_LARGE', `积分余额不能超过 ${MAX_INT}`);
}

/** The invariant: the balance only goes down when it covers the debit. */
export async function debit(manager: EntityManager, memberId: number, points: number): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(PointsAccountEntity)
    .set({ balance: () => `balance - ${points}` })
    .where('memberId = :memberId AND balance >= :points', { memberId, points })
    .execute();
  if (affectedRows(result) !== 1) throw new AppError('POINTS_INSUFFICIENT', '积分不足');
}

export async function lockedOrderEntries(manager: EntityManager, memberId: number, orderId: number, kinds: PointsEntryKind[]): Promise<PointsEntry[]> {
  return locking(
    manager,
    manager
      .createQueryBuilder(PointsEntryEntity, 'e')
      .where('e.memberId = :memberId AND e.orderId = :orderId AND e.kind IN (:...kinds)', { memberId, orderId, kinds }),
  ).getMany();
}

export function sumDelta(entries: PointsEntry[], kind: PointsEntryKind): number {
  return entries.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.delta, 0);
}

/**
 * Takes `points` out of the member's lots: a preferred order's earn lot first (a refund
 * reverses that order's points), then the lot expiring soonest, never-expiring lots last.
 * Keeps sum(remaining) equal to the balance, so expiry never removes points already spent.
 */
export async function consumeLots(manager: EntityManager, memberId: number, points: number, preferOrderId: number | null = null): Promise<void> {
  const lots = await locking(manager, manager.createQueryBuilder(PointsEntryEntity, 'e').where('e.memberId = :memberId AND e.remaining > 0', { memberId })).getMany();
  const rank = (lot: PointsEntry) => (preferOrderId !== null && lot.orderId === preferOrderId && lot.kind === 'earn' ? 0 : 1);
  const expiry = (lot: PointsEntry) => (lot.expiresAt ? new Date(lot.expiresAt).getTime() : Number.POSITIVE_INFINITY);
  lots.sort((a, b) => rank(a) - rank(b) || expiry(a) - expiry(b) || a.id - b.id);
  let left = points;
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(left, lot.remaining);
    const result = await manager
      .createQueryBuilder()
      .update(PointsEntryEntity)
      .set({ remaining: () => `remaining - ${take}` })
      .where('id = :id AND remaining >= :take', { id: lot.id, take })
      .execute();
    if (affectedRows(result) !== 1) throw new Error(`points lot ${lot.id} changed under its account lock`);
    left -= take;
  }
  if (left > 0) throw new Error(`points lots of member ${memberId} do not cover the balance`);
}

export async function appendEntry(manager: EntityManager, entry: Omit<PointsEntry, 'id' | 'createdAt'>): Promise<PointsEntry> {
  return manager.save(PointsEntryEntity, manager.create(PointsEntryEntity, { ...entry, reference: entry.reference.slice(0, 200) }));
}
