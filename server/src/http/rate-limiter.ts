import type { DataSource } from 'typeorm';
import { AppError } from '@shop/shared';
import { inTransaction } from '../db/transaction.js';
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
 * same count. Check before the attempt; record after a failure.
 */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** RATE_LIMITED when the key already used up its failures in the current window. */
  async assertAllowed(key: string, rule: RateLimit, now = new Date()): Promise<void> {
    const row = await this.dataSource.manager.findOneBy(RateLimitWindowEntity, { subject: key, windowStart: windowStart(now, rule.windowMs) });
    if (row && row.hits >= rule.limit) throw new AppError('RATE_LIMITED', rule.message);
  }

  async recordFailure(key: string, rule: RateLimit, now = new Date()): Promise<void> {
    const start = windowStart(now, rule.windowMs);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.createQueryBuilder().insert().into(RateLimitWindowEntity).values({ subject: key, windowStart: start, hits: 0 }).orIgnore().updateEntity(false).execute();
      await manager.createQueryBuilder().update(RateLimitWindowEntity).set({ hits: () => 'hits + 1' }).where('subject = :key AND windowStart = :start', { key, start }).execute();
    });
  }
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}
