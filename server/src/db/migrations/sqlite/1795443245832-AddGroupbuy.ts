import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGroupbuy1795443245832 implements MigrationInterface {
  name = 'AddGroupbuy1795443245832';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"groupbuy_campaign\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(60) NOT NULL, \"productId\" integer NOT NULL, \"groupSize\" integer NOT NULL, \"formMinutes\" integer NOT NULL, \"startsAt\" datetime(6) NOT NULL, \"endsAt\" datetime(6) NOT NULL, \"perMemberLimit\" integer NOT NULL, \"newMembersOnly\" boolean NOT NULL DEFAULT (0), \"simulateWhenShortBy\" integer, \"leaderDiscount\" integer, \"status\" varchar(16) NOT NULL, \"createdBy\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_campaign_product_status\" ON \"groupbuy_campaign\" (\"productId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_campaign_status_id\" ON \"groupbuy_campaign\" (\"status\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"groupbuy_campaign_sku\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"groupPrice\" integer NOT NULL, \"stockCap\" integer NOT NULL, \"sold\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_groupbuy_campaign_sku\" UNIQUE (\"campaignId\", \"skuId\"))");
    await queryRunner.query("CREATE TABLE \"groupbuy_participation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"orders\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_groupbuy_participation\" UNIQUE (\"campaignId\", \"memberId\"))");
    await queryRunner.query("CREATE TABLE \"groupbuy_group\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignId\" integer NOT NULL, \"leaderMemberId\" integer NOT NULL, \"size\" integer NOT NULL, \"seatsTaken\" integer NOT NULL DEFAULT (0), \"paidCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"openedAt\" datetime(6), \"expiresAt\" datetime(6), \"closedAt\" datetime(6), \"simulated\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_group_status_expires\" ON \"groupbuy_group\" (\"status\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_group_campaign_status\" ON \"groupbuy_group\" (\"campaignId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"groupbuy_member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"groupId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"orderId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"quantity\" integer NOT NULL, \"isLeader\" boolean NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_42b85203c62fd3c091e3b3a8015\" UNIQUE (\"orderId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_member_group\" ON \"groupbuy_member\" (\"groupId\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_groupbuy_member_member\" ON \"groupbuy_member\" (\"memberId\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_order_status_shipped\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), \"source\" varchar(16) NOT NULL DEFAULT ('normal'), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"))");
    await queryRunner.query("INSERT INTO \"temporary_shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\" FROM \"shop_order\"");
    await queryRunner.query("DROP TABLE \"shop_order\"");
    await queryRunner.query("ALTER TABLE \"temporary_shop_order\" RENAME TO \"shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_shipped\" ON \"shop_order\" (\"status\", \"shippedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_shipped\"");
    await queryRunner.query("ALTER TABLE \"shop_order\" RENAME TO \"temporary_shop_order\"");
    await queryRunner.query("CREATE TABLE \"shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"))");
    await queryRunner.query("INSERT INTO \"shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\" FROM \"temporary_shop_order\"");
    await queryRunner.query("DROP TABLE \"temporary_shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_shipped\" ON \"shop_order\" (\"status\", \"shippedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_member_member\"");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_member_group\"");
    await queryRunner.query("DROP TABLE \"groupbuy_member\"");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_group_campaign_status\"");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_group_status_expires\"");
    await queryRunner.query("DROP TABLE \"groupbuy_group\"");
    await queryRunner.query("DROP TABLE \"groupbuy_participation\"");
    await queryRunner.query("DROP TABLE \"groupbuy_campaign_sku\"");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_campaign_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_groupbuy_campaign_product_status\"");
    await queryRunner.query("DROP TABLE \"groupbuy_campaign\"");
  }
}
