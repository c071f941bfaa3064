import { createHash } from 'node:crypto';
import { MoreThan, type DataSource } from 'typeorm';
import { AppError, type ErrorCode } from '@shop/shared';
import { affectedRows, inTransaction } from './transaction.js';
import { RateLimitWindowEntity } from './rate-limit.entity.js';

export interface RateLimit {
  /** Failures allowed per window. */
  limit: number;
  windowMs: number;
  /**
   * Makes the rule a lockout rather than a counter: the failure that fills a window locks the
   * key for this long from that moment, also past the window's end, and a locked key runs no
   * attempt at all (so the right password is refused too until the lock ends).
   */
  lockMs?: number;
  /** Said to the person who is blocked: a fixed text, or one built from how long they must wait (`tryAgainIn`). */
  message: string | ((waitMs: number) => string);
}

/** One key and the rule that counts its failures. */
export interface KeyedLimit {
  key: string;
  rule: RateLimit;
}

/** A blocked message that says when to try again: `兑换码错误次数过多，请 12 分钟后再试`. */
export function tryAgainIn(what: string): (waitMs: number) => string {
  return (waitMs) => `${what}，请 ${Math.max(1, Math.ceil(waitMs / 60_000))} 分钟后再试`;
}

/**
 * Counts failures per key in fixed windows, in the database, so every server instance sees the
 * same count. Each attempt takes one unit of the key's allowance up front with a conditional
 * update (so fifty wrong guesses racing each other cannot slip past a limit of five) and gives it
 * back when the attempt did not fail.
 */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `attempt` when the key is not locked and has allowance left in the current window, else
   * RATE_LIMITED. An attempt that throws an error `isFailure` accepts keeps its unit; any other
   * outcome returns it.
   */
  async attempt<T>(key: string, rule: RateLimit, now: Date, attempt: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const subject = subjectOf(key);
    const start = windowStart(now, rule.windowMs);
    await this.refuseIfLocked(subject, rule, now);
    await this.take(subject, start, rule, now);
    let failed = false;
    try {
      return await attempt();
    } catch (error) {
      failed = isFailure(error);
      throw error;
    } finally {
      if (!failed) await this.giveBack(subject, start);
      else if (rule.lockMs !== undefined) await this.lockIfFull(subject, start, rule.limit, new Date(now.getTime() + rule.lockMs));
    }
  }

  /**
   * `attempt` under several keys at once (per member and per client, say): each takes a unit,
   * a failure keeps all of them, and a key that refuses gives back the units the others took, so
   * being blocked under one key counts as a failure under none. List the narrowest key first:
   * its refusal is the message people see and it spares the wider keys a round trip.
   */
  async attemptAll<T>(limits: readonly KeyedLimit[], now: Date, attempt: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const [first, ...rest] = limits;
    if (!first) return attempt();
    return this.attempt(first.key, first.rule, now, () => this.attemptAll(rest, now, attempt, isFailure), isFailure);
  }

  /**
   * Takes one unit under every key and keeps it: for limits on how often something is done at
   * all (phone lookups), not only on failures. RATE_LIMITED, with nothing taken, when any key is
   * out of allowance.
   */
  async spend(limits: readonly KeyedLimit[], now: Date): Promise<void> {
    // The attempt "fails" on purpose, so every key keeps its unit.
    const spent = new Error('spent');
    await this.attemptAll(limits, now, () => Promise.reject(spent), (error) => error === spent).catch((error: unknown) => {
      if (error !== spent) throw error;
    });
  }

  private async refuseIfLocked(subject: string, rule: RateLimit, now: Date): Promise<void> {
    if (rule.lockMs === undefined) return;
    const locked = await this.dataSource.manager.findOne(RateLimitWindowEntity, { where: { subject, lockedUntil: MoreThan(now) }, order: { lockedUntil: 'DESC' } });
    if (locked?.lockedUntil) throw blocked(rule, locked.lockedUntil.getTime() - now.getTime());
  }

  /**
   * Each statement is its own transaction: an INSERT IGNORE that meets the row takes a shared
   * lock, and holding it into the UPDATE let ten racing attempts on one key deadlock each other
   * (and the give-backs) on MariaDB. Alone, each statement holds one lock and is retried when
   * InnoDB still picks it as a victim; the conditional UPDATE is what keeps the count exact.
   */
  private async take(subject: string, start: Date, rule: RateLimit, now: Date): Promise<void> {
    await inTransaction(this.dataSource, (manager) => manager.createQueryBuilder().insert().into(RateLimitWindowEntity).values({ subject, windowStart: start, hits: 0 }).orIgnore().updateEntity(false).execute());
    const taken = await inTransaction(this.dataSource, (manager) =>
      manager.createQueryBuilder().update(RateLimitWindowEntity).set({ hits: () => 'hits + 1' }).where('subject = :subject AND windowStart = :start AND hits < :limit', { subject, start, limit: rule.limit }).execute(),
    );
    if (affectedRows(taken) !== 1) throw blocked(rule, start.getTime() + rule.windowMs - now.getTime());
  }

  private async giveBack(subject: string, start: Date): Promise<void> {
    await inTransaction(this.dataSource, (manager) =>
      manager.createQueryBuilder().update(RateLimitWindowEntity).set({ hits: () => 'hits - 1' }).where('subject = :subject AND windowStart = :start AND hits > 0', { subject, start }).execute(),
    );
  }

  /** After a failure: when the window is now full, the lock starts (racing failures all see it full; the last one sets it). */
  private async lockIfFull(subject: string, start: Date, limit: number, lockedUntil: Date): Promise<void> {
    // Queued like every SQLite write, so it cannot land inside (and roll back with) another request's transaction.
    await inTransaction(this.dataSource, (manager) =>
      manager.createQueryBuilder().update(RateLimitWindowEntity).set({ lockedUntil }).where('subject = :subject AND windowStart = :start AND hits >= :limit', { subject, start, limit }).execute(),
    );
  }
}

/** The usual `isFailure`: the attempt failed with this error code. */
export function isAppError(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof AppError && error.code === code;
}

function blocked(rule: RateLimit, waitMs: number): AppError {
  return new AppError('RATE_LIMITED', typeof rule.message === 'string' ? rule.message : rule.message(waitMs));
}

/** Keys carry client addresses and account names of any length; the column holds 80 characters. */
function subjectOf(key: string): string {
  return key.length <= 80 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}
