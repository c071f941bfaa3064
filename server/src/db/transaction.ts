import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { isMysql } from './data-source.js';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const insideTransaction = new AsyncLocalStorage<boolean>();
const DEADLOCK_CODES = new Set(['ER_LOCK_DEADLOCK']);
const MAX_DEADLOCK_RETRIES = 8;

function isDeadlock(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code !== undefined && DEADLOCK_CODES.has(code);
}

/**
 * Runs `work` in one database transaction.
 * - SQLite: TypeORM shares a single connection, so transactions are queued one after another
 *   (SQLite allows only one writer anyway).
 * - MySQL: InnoDB may pick this transaction as a deadlock victim under contention; the whole
 *   unit of work is retried then, which is safe because it rolled back completely.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  // A nested call would wait for itself in the SQLite queue and hold two pool connections on
  // MySQL: code inside a transaction must use the EntityManager it was given.
  if (insideTransaction.getStore()) throw new Error('inTransaction called inside a transaction; pass the EntityManager down instead');
  return insideTransaction.run(true, () => runTransaction(dataSource, work));
}

async function runTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!isMysql(dataSource)) {
    const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
    const run = previous.then(() => dataSource.transaction(work));
    sqliteQueues.set(
      dataSource,
      run.catch(() => undefined),
    );
    return run;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isDeadlock(error) || attempt > MAX_DEADLOCK_RETRIES) throw error;
      // Jittered, growing backoff so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * attempt));
    }
  }
}

/** Rows changed by an UPDATE/DELETE, whichever driver ran it. */
export function affectedRows(result: { affected?: number | null }): number {
  return result.affected ?? 0;
}

export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; errno?: number } }).driverError ?? (error as { code?: string });
  const code = (driverError as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
