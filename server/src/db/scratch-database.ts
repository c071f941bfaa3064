import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config.js';

export interface ScratchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * A new empty database for tests, benchmarks and migration diffs: a temp SQLite file, or a
 * freshly created schema on the MySQL server of `mysqlUrl` (any database in the URL is ignored).
 */
export async function createScratchDatabase(kind: 'sqlite' | 'mysql', mysqlUrl = 'mysql://root@127.0.0.1:3306', prefix = 'shop_scratch'): Promise<ScratchDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    return { config: { kind: 'sqlite', path: join(dir, 'shop.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = new URL(mysqlUrl);
  server.pathname = '';
  const serverUrl = server.toString().replace(/\/$/, '');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  return {
    config: { kind: 'mysql', url: `${serverUrl}/${name}` },
    drop: async () => {
      const connection = await createConnection(serverUrl);
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}
