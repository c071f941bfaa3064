import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { isMysql } from '../platform/database-kind.js';
import { entities } from '../modules.js';
import { mysqlMigrations, sqliteMigrations } from './migrations/index.js';

/** The one place that knows which driver we run on: SQLite embedded, or MySQL/MariaDB. */
export function createDataSource(config: DatabaseConfig): DataSource {
  if (config.kind === 'mysql') {
    return new DataSource({
      type: 'mysql',
      url: config.url,
      entities,
      migrations: mysqlMigrations,
      migrationsRun: false,
      synchronize: false,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      extra: { connectionLimit: 20, waitForConnections: true },
      logging: false,
    });
  }
  if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: config.path,
    entities,
    migrations: sqliteMigrations,
    migrationsRun: false,
    synchronize: false,
    enableWAL: true,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
    logging: false,
  });
}

/**
 * Opens the database and brings its schema up to date; `prepare` (the demo seed) runs in the
 * same critical section. On MySQL several instances may start at once: a named lock lets one
 * migrate and seed while the others wait, then find nothing left to do.
 */
export async function openDatabase(config: DatabaseConfig, prepare?: (dataSource: DataSource) => Promise<void>): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const migrate = async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await prepare?.(dataSource);
  };
  if (isMysql(dataSource)) await withNamedLock(dataSource, 'shop:startup', migrate);
  else await migrate();
  return dataSource;
}

async function withNamedLock(dataSource: DataSource, name: string, work: () => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    const [row] = (await runner.query('SELECT GET_LOCK(?, 120) AS got', [name])) as { got: number | string | null }[];
    if (Number(row?.got) !== 1) throw new Error(`could not take the ${name} lock within 120 s`);
    try {
      await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}

