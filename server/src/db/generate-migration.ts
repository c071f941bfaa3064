/**
 * Generates a migration for each driver from the difference between the entity schemas and
 * the schema the existing migrations build:
 *   npm run migration:generate -w server -- AddSomething
 * SQLite is diffed in a temporary file; MySQL in a scratch database on MIGRATION_MYSQL_URL
 * (default mysql://root@127.0.0.1:3306), dropped afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -w server -- PascalCaseName');
  process.exit(2);
}
const timestamp = Date.now();
const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

async function pendingSql(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

function render(className: string, sql: { up: string[]; down: string[] }): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.down)}
  }
}
`;
}

async function main(): Promise<void> {
  const className = `${name}${timestamp}`;
  const tempDir = mkdtempSync(join(tmpdir(), 'shop-migration-'));
  try {
    const sqlite = await pendingSql(createDataSource({ kind: 'sqlite', path: join(tempDir, 'diff.sqlite') }));
    const baseUrl = process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
    const scratch = `shop_migration_${timestamp}`;
    const admin = await createConnection(baseUrl);
    await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    try {
      const mysql = await pendingSql(createDataSource({ kind: 'mysql', url: `${baseUrl}/${scratch}` }));
      for (const [driver, sql] of [['sqlite', sqlite], ['mysql', mysql]] as const) {
        if (sql.up.length === 0) {
          console.log(`${driver}: schema is up to date, no migration written`);
          continue;
        }
        const file = join(migrationsDir, driver, `${timestamp}-${name}.ts`);
        writeFileSync(file, render(className, sql));
        console.log(`${driver}: wrote ${file} (${sql.up.length} statements); add it to migrations/index.ts`);
      }
    } finally {
      await admin.query(`DROP DATABASE \`${scratch}\``);
      await admin.end();
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
