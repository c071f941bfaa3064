import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isMysql } from './database-kind.js';

/**
 * A locking read (FOR UPDATE) on MySQL: it waits for other writers of the rows and sees
 * their latest committed version even inside an older REPEATABLE READ snapshot. SQLite runs
 * one transaction at a time, so a plain read is already current there.
 */
export function locking<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isMysql(manager.connection) ? qb.setLock('pessimistic_write') : qb;
}
