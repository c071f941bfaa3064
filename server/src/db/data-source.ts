import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
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

export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export function isMysql(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql';
}
