import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { isMysql } from './database-kind.js';

/** Something to do once the transaction's writes are durable: talk to WeChat, send a message. */
export interface AfterCommitEffect {
  /** For the log when it fails: "submit the refund of order 12". */
  what: string;
  run: () => Promise<unknown>;
  /** Where a failure is logged; a job (refund resend, reconciliation, notification retry) picks it up. */
  logger: { warn(fields: object, message: string): void };
  /** Start it without waiting (the caller must answer fast, e.g. WeChat's 5 s for a notification). */
  background?: boolean;
}

interface TransactionScope {
  effects: AfterCommitEffect[];
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const insideTransaction = new AsyncLocalStorage<TransactionScope>();
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
  const scope: TransactionScope = { effects: [] };
  const result = await insideTransaction.run(scope, () => runTransaction(dataSource, work, scope));
  // Out of the transaction's context here, so an effect may open transactions of its own.
  await runEffects(scope.effects);
  return result;
}

/**
 * Registers `effect` to run once the current transaction commits, and never if it rolls back
 * (or is retried: only the attempt that commits counts). A failed effect is logged and does not
 * undo or fail the committed work. Called outside a transaction it is a programming error.
 */
export function afterCommit(effect: AfterCommitEffect): void {
  const scope = insideTransaction.getStore();
  if (!scope) throw new Error(`afterCommit outside a transaction (${effect.what}); run it directly instead`);
  scope.effects.push(effect);
}

async function runEffects(effects: readonly AfterCommitEffect[]): Promise<void> {
  for (const effect of effects) {
    const failed = (error: unknown) => effect.logger.warn({ err: error }, `after commit: could not ${effect.what}; a job will retry`);
    if (effect.background) {
      void effect.run().catch(failed);
      continue;
    }
    try {
      await effect.run();
    } catch (error) {
      failed(error);
    }
  }
}

async function runTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, scope: TransactionScope): Promise<T> {
  const attempt = (manager: EntityManager) => {
    // A deadlock retry starts over: what the rolled-back attempt registered is dropped.
    scope.effects = [];
    return work(manager);
  };
  if (!isMysql(dataSource)) {
    const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
    const run = previous.then(() => dataSource.transaction(attempt));
    sqliteQueues.set(
      dataSource,
      run.catch(() => undefined),
    );
    return run;
  }
  for (let tries = 1; ; tries++) {
    try {
      return await dataSource.transaction(attempt);
    } catch (error) {
      if (!isDeadlock(error) || tries > MAX_DEADLOCK_RETRIES) throw error;
      // Jittered, growing backoff so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * tries));
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
