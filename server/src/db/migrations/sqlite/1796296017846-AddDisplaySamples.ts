import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A store may now hold two stock locations (sellable 'store' and 'display' samples): unique per (storeId, kind). */
export class AddDisplaySamples1796296017846 implements MigrationInterface {
  name = 'AddDisplaySamples1796296017846';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_stock_location\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"kind\" varchar(16) NOT NULL, \"storeId\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_eb4dd13579b6026ed0449f7a244\" UNIQUE (\"code\"), CONSTRAINT \"UQ_stock_location_store_kind\" UNIQUE (\"storeId\", \"kind\"))");
    await queryRunner.query("INSERT INTO \"temporary_stock_location\"(\"id\", \"code\", \"name\", \"kind\", \"storeId\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"kind\", \"storeId\", \"createdAt\", \"updatedAt\" FROM \"stock_location\"");
    await queryRunner.query("DROP TABLE \"stock_location\"");
    await queryRunner.query("ALTER TABLE \"temporary_stock_location\" RENAME TO \"stock_location\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Display locations cannot survive the old one-location-per-store rule.
    await queryRunner.query("CREATE TABLE \"temporary_stock_location\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"kind\" varchar(16) NOT NULL, \"storeId\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_856f15bac3fa69620d66e4d605c\" UNIQUE (\"storeId\"), CONSTRAINT \"UQ_eb4dd13579b6026ed0449f7a244\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"temporary_stock_location\"(\"id\", \"code\", \"name\", \"kind\", \"storeId\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"kind\", \"storeId\", \"createdAt\", \"updatedAt\" FROM \"stock_location\" WHERE \"kind\" <> 'display'");
    await queryRunner.query("DROP TABLE \"stock_location\"");
    await queryRunner.query("ALTER TABLE \"temporary_stock_location\" RENAME TO \"stock_location\"");
  }
}
