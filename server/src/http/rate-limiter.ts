import type { DataSource } from 'typeorm';
import { AppError, type ErrorCode } from '@shop/shared';
import { affectedRows, inTransaction } from '../db/transaction.js';
import { RateLimitWindowEntity } from './rate-limit.entity.js';

export interface RateLimit {
  /** Failures allowed per window. */
  limit: number;
  windowMs: number;
  /** Said to the person who is blocked. */
  message: string;
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
   * Runs `attempt` when the key has allowance left in the current window, else RATE_LIMITED.
   * An attempt that throws an error `isFailure` accepts keeps its unit; any other outcome
   * returns it.
   */
  async attempt<T>(key: string, rule: RateLimit, now: Date, attempt: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const start = windowStart(now, rule.windowMs);
    await this.take(key, start, rule);
    let failed = false;
    try {
      return await attempt();
    } catch (error) {
      failed = isFailure(error);
      throw error;
    } finally {
      if (!failed) await this.giveBack(key, start);
    }
  }

  private async take(key: string, start: Date, rule: RateLimit): Promise<void> {
    const taken = await inTransaction(this.dataSource, async (manager) => {
      await manager.createQueryBuilder().insert().into(RateLimitWindowEntity).values({ subject: key, windowStart: start, hits: 0 }).orIgnore().updateEntity(false).execute();
      return manager.createQueryBuilder().update(RateLimitWindowEntity).set({ hits: () => 'hits + 1' }).where('subject = :key AND windowStart = :start AND hits < :limit', { key, start, limit: rule.limit }).execute();
    });
    if (affectedRows(taken) !== 1) throw new AppError('RATE_LIMITED', rule.message);
  }

  private async giveBack(key: string, start: Date): Promise<void> {
    await this.dataSource.manager.createQueryBuilder().update(RateLimitWindowEntity).set({ hits: () => 'hits - 1' }).where('subject = :key AND windowStart = :start AND hits > 0', { key, start }).execute();
  }
}

/** The usual `isFailure`: the attempt failed with this error code. */
export function isAppError(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof AppError && error.code === code;
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}
