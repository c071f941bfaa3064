import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { afterCommit, inTransaction, type AfterCommitEffect } from '../../src/platform/transaction.js';
import { RateLimitWindowEntity } from '../../src/platform/rate-limit.entity.js';
import { startTestApp, testDatabaseKind, type TestApp } from '../support/test-app.js';

/**
 * afterCommit: effects outside the database (WeChat calls, messages) run once the transaction
 * that decided them commits, never when it rolls back, and once per commit however often a
 * deadlock made the work start over.
 */
describe('afterCommit', () => {
  let app: TestApp;
  let dataSource: DataSource;
  const warnings: string[] = [];
  const logger: AfterCommitEffect['logger'] = { warn: (_fields, message) => void warnings.push(message) };

  beforeAll(async () => {
    app = await startTestApp({ seed: 'none' });
    dataSource = app.services.dataSource;
  });
  afterAll(async () => app?.close());

  it('runs an effect once, after the commit, where it sees what was committed and may open a transaction of its own', async () => {
    const seen: number[] = [];
    const subject = `after-commit-${Date.now()}`;
    await inTransaction(dataSource, async (manager) => {
      await manager.insert(RateLimitWindowEntity, { subject, windowStart: new Date(), hits: 1, lockedUntil: null });
      afterCommit({ what: 'read the committed row', logger, run: async () => seen.push(await inTransaction(dataSource, (inner) => inner.countBy(RateLimitWindowEntity, { subject }))) });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([1]);
  });

  it('runs nothing when the transaction rolls back, and the failure reaches the caller', async () => {
    let ran = 0;
    await expect(
      inTransaction(dataSource, async () => {
        afterCommit({ what: 'must not run', logger, run: async () => void ran++ });
        throw new Error('business rule refused');
      }),
    ).rejects.toThrow('business rule refused');
    expect(ran).toBe(0);
  });

  it('logs a failed effect without failing or undoing the committed work', async () => {
    warnings.length = 0;
    const answer = await inTransaction(dataSource, async () => {
      afterCommit({ what: 'call an unreachable service', logger, run: async () => Promise.reject(new Error('connect ECONNREFUSED')) });
      return 'committed';
    });
    expect(answer).toBe('committed');
    expect(warnings).toEqual(['after commit: could not call an unreachable service; a job will retry']);
  });

  it('starts a background effect after the commit without waiting for it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    await inTransaction(dataSource, async () => {
      afterCommit({ what: 'answer slowly', logger, background: true, run: async () => { await gate; finished = true; } });
    });
    expect(finished).toBe(false);
    release();
    await expect.poll(() => finished).toBe(true);
  });

  it('refuses to register outside a transaction', () => {
    expect(() => afterCommit({ what: 'stray', logger, run: async () => undefined })).toThrow(/outside a transaction/);
  });

  it('keeps only what the attempt that commits registered when a deadlock makes the work start over', async () => {
    let attempts = 0;
    let ran = 0;
    const work = inTransaction(dataSource, async () => {
      attempts++;
      afterCommit({ what: 'count', logger, run: async () => void ran++ });
      if (attempts === 1) throw Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK' });
    });
    if (testDatabaseKind() === 'mysql') {
      // InnoDB deadlocks are retried: the first attempt's effect was dropped with its rollback.
      await work;
      expect(attempts).toBe(2);
      expect(ran).toBe(1);
    } else {
      // SQLite has one writer and no deadlocks to retry: the error stands and nothing ran.
      await expect(work).rejects.toThrow('Deadlock');
      expect(attempts).toBe(1);
      expect(ran).toBe(0);
    }
  });
});
