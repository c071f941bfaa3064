import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouponStaffHandout1796348190037 implements MigrationInterface {
  name = 'CouponStaffHandout1796348190037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"coupon_staff_quota\" (\"staffId\" integer NOT NULL, \"day\" varchar(10) NOT NULL, \"granted\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"staffId\", \"day\"))");
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_welcome\"");
    await queryRunner.query("CREATE TABLE \"temporary_coupon_template\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(60) NOT NULL, \"kind\" varchar(16) NOT NULL, \"value\" integer NOT NULL, \"threshold\" integer, \"repeat\" boolean NOT NULL DEFAULT (0), \"cap\" integer, \"scope\" text NOT NULL, \"excludeProductIds\" text NOT NULL, \"audience\" text NOT NULL, \"totalQuantity\" integer NOT NULL, \"perMemberLimit\" integer NOT NULL, \"issuedCount\" integer NOT NULL DEFAULT (0), \"claimStartsAt\" datetime(6), \"claimEndsAt\" datetime(6), \"validity\" text NOT NULL, \"welcome\" boolean NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"createdBy\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"claimCentre\" boolean NOT NULL DEFAULT (1), \"staffHandout\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_coupon_template\"(\"id\", \"name\", \"kind\", \"value\", \"threshold\", \"repeat\", \"cap\", \"scope\", \"excludeProductIds\", \"audience\", \"totalQuantity\", \"perMemberLimit\", \"issuedCount\", \"claimStartsAt\", \"claimEndsAt\", \"validity\", \"welcome\", \"status\", \"createdBy\", \"createdAt\", \"updatedAt\", \"claimCentre\") SELECT \"id\", \"name\", \"kind\", \"value\", \"threshold\", \"repeat\", \"cap\", \"scope\", \"excludeProductIds\", \"audience\", \"totalQuantity\", \"perMemberLimit\", \"issuedCount\", \"claimStartsAt\", \"claimEndsAt\", \"validity\", \"welcome\", \"status\", \"createdBy\", \"createdAt\", \"updatedAt\", \"claimCentre\" FROM \"coupon_template\"");
    await queryRunner.query("DROP TABLE \"coupon_template\"");
    await queryRunner.query("ALTER TABLE \"temporary_coupon_template\" RENAME TO \"coupon_template\"");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_status_id\" ON \"coupon_template\" (\"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_welcome\" ON \"coupon_template\" (\"welcome\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_welcome\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_status_id\"");
    await queryRunner.query("ALTER TABLE \"coupon_template\" RENAME TO \"temporary_coupon_template\"");
    await queryRunner.query("CREATE TABLE \"coupon_template\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(60) NOT NULL, \"kind\" varchar(16) NOT NULL, \"value\" integer NOT NULL, \"threshold\" integer, \"repeat\" boolean NOT NULL DEFAULT (0), \"cap\" integer, \"scope\" text NOT NULL, \"excludeProductIds\" text NOT NULL, \"audience\" text NOT NULL, \"totalQuantity\" integer NOT NULL, \"perMemberLimit\" integer NOT NULL, \"issuedCount\" integer NOT NULL DEFAULT (0), \"claimStartsAt\" datetime(6), \"claimEndsAt\" datetime(6), \"validity\" text NOT NULL, \"welcome\" boolean NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"createdBy\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"claimCentre\" boolean NOT NULL DEFAULT (1))");
    await queryRunner.query("INSERT INTO \"coupon_template\"(\"id\", \"name\", \"kind\", \"value\", \"threshold\", \"repeat\", \"cap\", \"scope\", \"excludeProductIds\", \"audience\", \"totalQuantity\", \"perMemberLimit\", \"issuedCount\", \"claimStartsAt\", \"claimEndsAt\", \"validity\", \"welcome\", \"status\", \"createdBy\", \"createdAt\", \"updatedAt\", \"claimCentre\") SELECT \"id\", \"name\", \"kind\", \"value\", \"threshold\", \"repeat\", \"cap\", \"scope\", \"excludeProductIds\", \"audience\", \"totalQuantity\", \"perMemberLimit\", \"issuedCount\", \"claimStartsAt\", \"claimEndsAt\", \"validity\", \"welcome\", \"status\", \"createdBy\", \"createdAt\", \"updatedAt\", \"claimCentre\" FROM \"temporary_coupon_template\"");
    await queryRunner.query("DROP TABLE \"temporary_coupon_template\"");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_welcome\" ON \"coupon_template\" (\"welcome\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_status_id\" ON \"coupon_template\" (\"status\", \"id\") ");
    await queryRunner.query("DROP TABLE \"coupon_staff_quota\"");
  }
}
