import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMembership1795437356716 implements MigrationInterface {
  name = 'AddMembership1795437356716';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"points_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"balance\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_e7c3d1ee0591abb813136d8cb03\" UNIQUE (\"memberId\"))");
    await queryRunner.query("CREATE TABLE \"points_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"delta\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"orderId\" integer, \"reference\" varchar(200) NOT NULL DEFAULT (''), \"expiresAt\" datetime(6), \"remaining\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_points_entry_member_id\" ON \"points_entry\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_points_entry_order\" ON \"points_entry\" (\"orderId\", \"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_points_entry_expiry\" ON \"points_entry\" (\"kind\", \"expiresAt\") ");
    await queryRunner.query("CREATE TABLE \"member_tier\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(30) NOT NULL, \"growthThreshold\" integer NOT NULL, \"discountPercent\" integer, \"freeShippingThreshold\" integer, \"birthdayCouponTemplateId\" integer, \"sortOrder\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_8cb7b837e25fe9256cf5ada67f7\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"member_growth\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"growth\" integer NOT NULL DEFAULT (0), \"tierCode\" varchar(32) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_e5f0c3eb99ef9c88a856127d766\" UNIQUE (\"memberId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_member_growth_tier\" ON \"member_growth\" (\"tierCode\") ");
    await queryRunner.query("CREATE TABLE \"member_profile\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"birthday\" varchar(10), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_434917136b073ff315d700c9f54\" UNIQUE (\"memberId\"))");
    await queryRunner.query("CREATE TABLE \"member_consent\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"granted\" boolean NOT NULL DEFAULT (0), \"version\" varchar(32) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_member_consent_member_kind\" ON \"member_consent\" (\"memberId\", \"kind\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_member_consent_member_kind\"");
    await queryRunner.query("DROP TABLE \"member_consent\"");
    await queryRunner.query("DROP TABLE \"member_profile\"");
    await queryRunner.query("DROP INDEX \"IDX_member_growth_tier\"");
    await queryRunner.query("DROP TABLE \"member_growth\"");
    await queryRunner.query("DROP TABLE \"member_tier\"");
    await queryRunner.query("DROP INDEX \"IDX_points_entry_expiry\"");
    await queryRunner.query("DROP INDEX \"IDX_points_entry_order\"");
    await queryRunner.query("DROP INDEX \"IDX_points_entry_member_id\"");
    await queryRunner.query("DROP TABLE \"points_entry\"");
    await queryRunner.query("DROP TABLE \"points_account\"");
  }
}
