/**
 * Generates a migration for each driver from the difference between the entity schemas and
 * the schema the existing migrations build:
 *   npm run migration:generate -w server -- AddSomething
 * SQLite is diffed in a temporary file; MySQL in a scratch database on MIGRATION_MYSQL_URL
 * (default mysql://root@127.0.0.1:3306), dropped afterwards. Read the MySQL output before
 * committing: TypeORM writes a column change as DROP + ADD, which loses data; use MODIFY.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { createScratchDatabase } from './scratch-database.js';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config.js';

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

async function isMariaDb(config: DatabaseConfig): Promise<boolean> {
  if (config.kind !== 'mysql') return false;
  const connection = await createConnection(config.url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return String((rows as { version: string }[])[0]?.version).includes('MariaDB');
  } finally {
    await connection.end();
  }
}

async function main(): Promise<void> {
  const className = `${name}${timestamp}`;
  const sqliteScratch = await createScratchDatabase('sqlite', undefined, 'shop_migration');
  const mysqlScratch = await createScratchDatabase('mysql', process.env.MIGRATION_MYSQL_URL, 'shop_migration');
  try {
    const sqlite = await pendingSql(createDataSource(sqliteScratch.config));
    // Diff against MariaDB as 'mariadb' so TypeORM reads its column defaults correctly; the
    // generated SQL is the same for MySQL 8.
    const mysqlOptions = createDataSource(mysqlScratch.config).options;
    const mysql = await pendingSql(new DataSource({ ...mysqlOptions, type: (await isMariaDb(mysqlScratch.config)) ? 'mariadb' : 'mysql' } as typeof mysqlOptions));
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
    await sqliteScratch.drop();
    await mysqlScratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
