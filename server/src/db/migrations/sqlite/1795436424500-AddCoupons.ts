import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCoupons1795436424500 implements MigrationInterface {
  name = 'AddCoupons1795436424500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"coupon_template\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(60) NOT NULL, \"kind\" varchar(16) NOT NULL, \"value\" integer NOT NULL, \"threshold\" integer, \"repeat\" boolean NOT NULL DEFAULT (0), \"cap\" integer, \"scope\" text NOT NULL, \"excludeProductIds\" text NOT NULL, \"audience\" text NOT NULL, \"totalQuantity\" integer NOT NULL, \"perMemberLimit\" integer NOT NULL, \"issuedCount\" integer NOT NULL DEFAULT (0), \"claimStartsAt\" datetime(6), \"claimEndsAt\" datetime(6), \"validity\" text NOT NULL, \"welcome\" boolean NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"createdBy\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_status_id\" ON \"coupon_template\" (\"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_template_welcome\" ON \"coupon_template\" (\"welcome\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"coupon_instance\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"templateId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"validFrom\" datetime(6) NOT NULL, \"validUntil\" datetime(6) NOT NULL, \"orderId\" integer, \"discountAmount\" integer, \"orderPayable\" integer, \"source\" varchar(16) NOT NULL, \"sourceRef\" varchar(40), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_coupon_instance_member_source\" UNIQUE (\"memberId\", \"sourceRef\"))");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_instance_member_status_id\" ON \"coupon_instance\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_instance_status_until\" ON \"coupon_instance\" (\"status\", \"validUntil\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_instance_order\" ON \"coupon_instance\" (\"orderId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_instance_template_status\" ON \"coupon_instance\" (\"templateId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"coupon_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"instanceId\" integer NOT NULL, \"templateId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"fromStatus\" varchar(16), \"toStatus\" varchar(16) NOT NULL, \"orderId\" integer, \"actor\" varchar(64) NOT NULL, \"note\" varchar(200) NOT NULL DEFAULT (''), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_event_instance\" ON \"coupon_event\" (\"instanceId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"coupon_redeem_code\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"templateId\" integer NOT NULL, \"code\" varchar(32) NOT NULL, \"kind\" varchar(8) NOT NULL, \"redeemedBy\" integer, \"redeemedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_20fc9e70a4f8395fec982942f6c\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_redeem_code_template\" ON \"coupon_redeem_code\" (\"templateId\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"coupon_claim_counter\" (\"templateId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"claimed\" integer NOT NULL DEFAULT (0), \"batchToken\" varchar(36), PRIMARY KEY (\"templateId\", \"memberId\"))");
    await queryRunner.query("CREATE TABLE \"coupon_push\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"templateId\" integer NOT NULL, \"segment\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"total\" integer NOT NULL DEFAULT (0), \"processed\" integer NOT NULL DEFAULT (0), \"issued\" integer NOT NULL DEFAULT (0), \"skipped\" integer NOT NULL DEFAULT (0), \"unmatched\" integer NOT NULL DEFAULT (0), \"afterMemberId\" integer NOT NULL DEFAULT (0), \"error\" varchar(200), \"createdBy\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_coupon_push_status_id\" ON \"coupon_push\" (\"status\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"coupon_push_member\" (\"pushId\" integer NOT NULL, \"memberId\" integer NOT NULL, PRIMARY KEY (\"pushId\", \"memberId\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"coupon_push_member\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_push_status_id\"");
    await queryRunner.query("DROP TABLE \"coupon_push\"");
    await queryRunner.query("DROP TABLE \"coupon_claim_counter\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_redeem_code_template\"");
    await queryRunner.query("DROP TABLE \"coupon_redeem_code\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_event_instance\"");
    await queryRunner.query("DROP TABLE \"coupon_event\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_instance_template_status\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_instance_order\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_instance_status_until\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_instance_member_status_id\"");
    await queryRunner.query("DROP TABLE \"coupon_instance\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_welcome\"");
    await queryRunner.query("DROP INDEX \"IDX_coupon_template_status_id\"");
    await queryRunner.query("DROP TABLE \"coupon_template\"");
  }
}
