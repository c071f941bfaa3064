import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReferrals1795444407391 implements MigrationInterface {
  name = 'AddReferrals1795444407391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"referral_binding\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"staffId\" integer NOT NULL, \"storeId\" integer NOT NULL, \"source\" varchar(16) NOT NULL, \"boundAt\" datetime(6) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_referral_binding_member\" UNIQUE (\"memberId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_referral_binding_staff\" ON \"referral_binding\" (\"staffId\", \"expiresAt\") ");
    await queryRunner.query("CREATE TABLE \"referral_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"staffId\" integer NOT NULL, \"storeId\" integer NOT NULL, \"source\" varchar(16) NOT NULL, \"outcome\" varchar(16) NOT NULL, \"expiresAt\" datetime(6) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_referral_event_member\" ON \"referral_event\" (\"memberId\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_referral_event_member\"");
    await queryRunner.query("DROP TABLE \"referral_event\"");
    await queryRunner.query("DROP INDEX \"IDX_referral_binding_staff\"");
    await queryRunner.query("DROP TABLE \"referral_binding\"");
  }
}
