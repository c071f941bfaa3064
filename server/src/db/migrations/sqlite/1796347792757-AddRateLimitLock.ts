import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRateLimitLock1796347792757 implements MigrationInterface {
  name = 'AddRateLimitLock1796347792757';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_rate_limit_window\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subject\" varchar(80) NOT NULL, \"windowStart\" datetime(6) NOT NULL, \"hits\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(6), CONSTRAINT \"UQ_rate_limit_window\" UNIQUE (\"subject\", \"windowStart\"))");
    await queryRunner.query("INSERT INTO \"temporary_rate_limit_window\"(\"id\", \"subject\", \"windowStart\", \"hits\") SELECT \"id\", \"subject\", \"windowStart\", \"hits\" FROM \"rate_limit_window\"");
    await queryRunner.query("DROP TABLE \"rate_limit_window\"");
    await queryRunner.query("ALTER TABLE \"temporary_rate_limit_window\" RENAME TO \"rate_limit_window\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"rate_limit_window\" RENAME TO \"temporary_rate_limit_window\"");
    await queryRunner.query("CREATE TABLE \"rate_limit_window\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subject\" varchar(80) NOT NULL, \"windowStart\" datetime(6) NOT NULL, \"hits\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_rate_limit_window\" UNIQUE (\"subject\", \"windowStart\"))");
    await queryRunner.query("INSERT INTO \"rate_limit_window\"(\"id\", \"subject\", \"windowStart\", \"hits\") SELECT \"id\", \"subject\", \"windowStart\", \"hits\" FROM \"temporary_rate_limit_window\"");
    await queryRunner.query("DROP TABLE \"temporary_rate_limit_window\"");
  }
}
