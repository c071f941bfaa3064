import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CounterMembers1796296164627 implements MigrationInterface {
  name = 'CounterMembers1796296164627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_member_phone\"");
    await queryRunner.query("CREATE TABLE \"temporary_member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"openid\" varchar(64) NOT NULL, \"unionid\" varchar(64), \"nickname\" varchar(60) NOT NULL DEFAULT (''), \"avatarUrl\" varchar(255), \"phone\" varchar(20), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer, CONSTRAINT \"UQ_4ec74c39ff606987e53d7e60576\" UNIQUE (\"openid\"))");
    await queryRunner.query("INSERT INTO \"temporary_member\"(\"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\" FROM \"member\"");
    await queryRunner.query("DROP TABLE \"member\"");
    await queryRunner.query("ALTER TABLE \"temporary_member\" RENAME TO \"member\"");
    await queryRunner.query("CREATE TABLE \"temporary_member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"openid\" varchar(64), \"unionid\" varchar(64), \"nickname\" varchar(60) NOT NULL DEFAULT (''), \"avatarUrl\" varchar(255), \"phone\" varchar(20), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer, CONSTRAINT \"UQ_4ec74c39ff606987e53d7e60576\" UNIQUE (\"openid\"), CONSTRAINT \"UQ_8cbae00ccfc93164c88ba935221\" UNIQUE (\"phone\"))");
    await queryRunner.query("INSERT INTO \"temporary_member\"(\"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\", \"mergedIntoId\") SELECT \"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\", \"mergedIntoId\" FROM \"member\"");
    await queryRunner.query("DROP TABLE \"member\"");
    await queryRunner.query("ALTER TABLE \"temporary_member\" RENAME TO \"member\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"member\" RENAME TO \"temporary_member\"");
    await queryRunner.query("CREATE TABLE \"member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"openid\" varchar(64) NOT NULL, \"unionid\" varchar(64), \"nickname\" varchar(60) NOT NULL DEFAULT (''), \"avatarUrl\" varchar(255), \"phone\" varchar(20), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer, CONSTRAINT \"UQ_4ec74c39ff606987e53d7e60576\" UNIQUE (\"openid\"))");
    await queryRunner.query("INSERT INTO \"member\"(\"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\", \"mergedIntoId\") SELECT \"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\", \"mergedIntoId\" FROM \"temporary_member\"");
    await queryRunner.query("DROP TABLE \"temporary_member\"");
    await queryRunner.query("ALTER TABLE \"member\" RENAME TO \"temporary_member\"");
    await queryRunner.query("CREATE TABLE \"member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"openid\" varchar(64) NOT NULL, \"unionid\" varchar(64), \"nickname\" varchar(60) NOT NULL DEFAULT (''), \"avatarUrl\" varchar(255), \"phone\" varchar(20), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_4ec74c39ff606987e53d7e60576\" UNIQUE (\"openid\"))");
    await queryRunner.query("INSERT INTO \"member\"(\"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"openid\", \"unionid\", \"nickname\", \"avatarUrl\", \"phone\", \"createdAt\", \"updatedAt\" FROM \"temporary_member\"");
    await queryRunner.query("DROP TABLE \"temporary_member\"");
    await queryRunner.query("CREATE INDEX \"IDX_member_phone\" ON \"member\" (\"phone\") ");
  }
}
