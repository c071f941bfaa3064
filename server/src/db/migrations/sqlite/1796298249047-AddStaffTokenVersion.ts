import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStaffTokenVersion1796298249047 implements MigrationInterface {
  name = 'AddStaffTokenVersion1796298249047';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_staff_account_store\"");
    await queryRunner.query("CREATE TABLE \"temporary_staff_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(60) NOT NULL, \"role\" varchar(20) NOT NULL, \"storeId\" integer, \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"tokenVersion\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_a7c945e39de97ad2b20e719fc28\" UNIQUE (\"username\"))");
    await queryRunner.query("INSERT INTO \"temporary_staff_account\"(\"id\", \"username\", \"passwordHash\", \"displayName\", \"role\", \"storeId\", \"isActive\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"passwordHash\", \"displayName\", \"role\", \"storeId\", \"isActive\", \"createdAt\", \"updatedAt\" FROM \"staff_account\"");
    await queryRunner.query("DROP TABLE \"staff_account\"");
    await queryRunner.query("ALTER TABLE \"temporary_staff_account\" RENAME TO \"staff_account\"");
    await queryRunner.query("CREATE INDEX \"IDX_staff_account_store\" ON \"staff_account\" (\"storeId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_staff_account_store\"");
    await queryRunner.query("ALTER TABLE \"staff_account\" RENAME TO \"temporary_staff_account\"");
    await queryRunner.query("CREATE TABLE \"staff_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(60) NOT NULL, \"role\" varchar(20) NOT NULL, \"storeId\" integer, \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_a7c945e39de97ad2b20e719fc28\" UNIQUE (\"username\"))");
    await queryRunner.query("INSERT INTO \"staff_account\"(\"id\", \"username\", \"passwordHash\", \"displayName\", \"role\", \"storeId\", \"isActive\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"passwordHash\", \"displayName\", \"role\", \"storeId\", \"isActive\", \"createdAt\", \"updatedAt\" FROM \"temporary_staff_account\"");
    await queryRunner.query("DROP TABLE \"temporary_staff_account\"");
    await queryRunner.query("CREATE INDEX \"IDX_staff_account_store\" ON \"staff_account\" (\"storeId\") ");
  }
}
