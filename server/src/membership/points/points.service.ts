import type { DataSource, EntityManager } from 'typeorm';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { AppError, type PointsEntryView, type PointsLedgerView } from '@shop/shared';
import { affectedRows, inTransaction } from '../../platform/transaction.js';
import { decodeCursor, pageOf } from '../../platform/cursor.js';
import { MemberEntity } from '../member.entity.js';
import { PointsAccountEntity } from './points-account.entity.js';
import { PointsEntryEntity, type PointsEntry } from './points-entry.entity.js';
import { assertPositivePoints } from './points-rules.js';
import { pointsEntryView } from './points-views.js';
import { appendEntry, consumeLots, credit, debit, headroom, lockAccount, lockOrCreateAccount, lockedOrderEntries, sumDelta } from './points-store.js';
import { locking } from '../../platform/locking.js';

const EXPIRY_BATCH = 500;

/**
 * The points ledger. The order-facing methods (earn, spend, reverseEarn, refundSpend) run
 * inside the caller's transaction: pass its EntityManager; they never open their own.
 * Invariants: balance >= 0; balance = sum of the member's entry deltas = sum of lots' remaining.
 */
export class PointsService {
  constructor(private readonly db: DataSource) {}

  /**
   * Credits points for a paid/completed order. Idempotent per order: a second call for the
   * same member and order returns the first entry and changes nothing.
   */
  async earnWithin(manager: EntityManager, memberId: number, points: number, orderId: number | null, reference: string, expiresAt: Date | null): Promise<PointsEntry> {
    assertPositivePoints(points);
    const account = await lockOrCreateAccount(manager, memberId);
    if (orderId !== null) {
      const [previous] = await lockedOrderEntries(manager, memberId, orderId, ['earn']);
      if (previous) return previous;
    }
    // A balance at its column's limit keeps what fits: completing the order must not fail on it.
    const earned = Math.min(points, headroom(account));
    if (earned > 0) await credit(manager, memberId, earned);
    const note = earned < points ? `; ${points - earned} not credited (balance at its limit)` : '';
    return appendEntry(manager, { memberId, delta: earned, kind: 'earn', orderId, reference: reference + note, expiresAt, remaining: earned });
  }

  /** Deducts points at checkout; POINTS_INSUFFICIENT (409) when the balance does not cover them. */
  async spendWithin(manager: EntityManager, memberId: number, points: number, orderId: number | null, reference: string): Promise<PointsEntry> {
    assertPositivePoints(points);
    await debit(manager, memberId, points); // conditional: balance >= points, and it locks the account row
    await consumeLots(manager, memberId, points);
    return appendEntry(manager, { memberId, delta: -points, kind: 'spend', orderId, reference, expiresAt: null, remaining: 0 });
  }

  /**
   * Takes back up to `points` earned by the order (on refund), capped by what the order earned
   * less what was already reversed. Never below zero: if the member has already spent them,
   * only the current balance is taken and the shortfall is forgiven, written in the entry's
   * reference (a later reversal of the same order may still take it, as the cap counts only
   * points actually reversed). Returns null when there is nothing left to reverse.
   */
  async reverseEarnWithin(manager: EntityManager, memberId: number, orderId: number, points: number): Promise<PointsEntry | null> {
    assertPositivePoints(points);
    const account = await lockAccount(manager, memberId);
    if (!account) return null;
    const entries = await lockedOrderEntries(manager, memberId, orderId, ['earn', 'reverse_earn']);
    const due = Math.min(points, sumDelta(entries, 'earn') + sumDelta(entries, 'reverse_earn'));
    if (due <= 0) return null;
    const taken = Math.min(due, account.balance);
    if (taken > 0) {
      await debit(manager, memberId, taken);
      await consumeLots(manager, memberId, taken, orderId);
    }
    const shortfall = due - taken;
    const reference = shortfall > 0 ? `order ${orderId} refunded; shortfall ${shortfall} not reversed (already spent)` : `order ${orderId} refunded`;
    return appendEntry(manager, { memberId, delta: -taken, kind: 'reverse_earn', orderId, reference, expiresAt: null, remaining: 0 });
  }

  /**
   * Gives back points the order spent (cancel or refund), at most what it spent less what was
   * already given back. Returned points do not expire unless `expiresAt` is given.
   * Returns null when there is nothing left to give back.
   */
  async refundSpendWithin(manager: EntityManager, memberId: number, orderId: number, points: number, expiresAt: Date | null = null): Promise<PointsEntry | null> {
    assertPositivePoints(points);
    const account = await lockOrCreateAccount(manager, memberId);
    const entries = await lockedOrderEntries(manager, memberId, orderId, ['spend', 'refund_spend']);
    // Like earn, never past the balance's limit: cancelling or refunding the order must not fail on it.
    const due = Math.min(points, -sumDelta(entries, 'spend') - sumDelta(entries, 'refund_spend'), headroom(account));
    if (due <= 0) return null;
    await credit(manager, memberId, due);
    return appendEntry(manager, { memberId, delta: due, kind: 'refund_spend', orderId, reference: `order ${orderId} cancelled or refunded`, expiresAt, remaining: due });
  }

  /** Manual correction by staff; a negative delta is refused with POINTS_INSUFFICIENT rather than going below zero. */
  async adjust(memberId: number, delta: number, reason: string, actor: string): Promise<PointsEntryView> {
    if (!(await this.db.manager.existsBy(MemberEntity, { id: memberId }))) throw new AppError('NOT_FOUND', '会员不存在');
    assertPositivePoints(Math.abs(delta));
    const entry = await inTransaction(this.db, async (manager) => {
      const reference = `${actor}: ${reason}`;
      if (delta > 0) {
        await lockOrCreateAccount(manager, memberId);
        await credit(manager, memberId, delta);
        return appendEntry(manager, { memberId, delta, kind: 'adjust', orderId: null, reference, expiresAt: null, remaining: delta });
      }
      await debit(manager, memberId, -delta);
      await consumeLots(manager, memberId, -delta);
      return appendEntry(manager, { memberId, delta, kind: 'adjust', orderId: null, reference, expiresAt: null, remaining: 0 });
    });
    return pointsEntryView(entry);
  }

  /**
   * Expires what is left of earn lots past their expiry, one lot per transaction (the job;
   * safe to run in two processes at once: a lot's remaining is zeroed by a conditional update).
   */
  async expireDue(now = new Date()): Promise<number> {
    const due = await this.db.manager.find(PointsEntryEntity, {
      where: { kind: 'earn', expiresAt: LessThanOrEqual(now), remaining: MoreThan(0) },
      order: { id: 'ASC' },
      take: EXPIRY_BATCH,
    });
    let expired = 0;
    for (const lot of due) {
      const done = await inTransaction(this.db, async (manager) => {
        await lockAccount(manager, lot.memberId);
        const fresh = await locking(manager, manager.createQueryBuilder(PointsEntryEntity, 'e').where('e.id = :id', { id: lot.id })).getOne();
        const points = fresh?.remaining ?? 0;
        if (points <= 0) return false;
        const zeroed = await manager.update(PointsEntryEntity, { id: lot.id, remaining: points }, { remaining: 0 });
        if (affectedRows(zeroed) !== 1) return false;
        await debit(manager, lot.memberId, points); // covered: the balance includes this lot's remaining
        await appendEntry(manager, { memberId: lot.memberId, delta: -points, kind: 'expire', orderId: lot.orderId, reference: `points earned in entry ${lot.id} expired`, expiresAt: null, remaining: 0 });
        return true;
      });
      if (done) expired++;
    }
    return expired;
  }

  async balanceOf(memberId: number, manager: EntityManager = this.db.manager): Promise<number> {
    const account = await manager.findOneBy(PointsAccountEntity, { memberId });
    return account?.balance ?? 0;
  }

  /** Balance and the ledger, newest first, keyset-paginated by id. */
  async ledger(memberId: number, query: { cursor?: string; limit: number }): Promise<PointsLedgerView> {
    const after = decodeCursor(query.cursor);
    const qb = this.db.manager
      .createQueryBuilder(PointsEntryEntity, 'e')
      .where('e.memberId = :memberId', { memberId })
      .orderBy('e.id', 'DESC')
      .take(query.limit + 1);
    if (after) qb.andWhere('e.id < :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (e) => e.id);
    return { balance: await this.balanceOf(memberId), items: page.items.map(pointsEntryView), nextCursor: page.nextCursor };
  }
}
