import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStoreCounter1795445444431 implements MigrationInterface {
  name = 'AddStoreCounter1795445444431';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rate_limit_window\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subject\" varchar(80) NOT NULL, \"windowStart\" datetime(6) NOT NULL, \"hits\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_rate_limit_window\" UNIQUE (\"subject\", \"windowStart\"))");
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_shipped\"");
    await queryRunner.query("CREATE TABLE \"temporary_shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), \"source\" varchar(16) NOT NULL DEFAULT ('normal'), \"pickupCode\" varchar(6), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"))");
    await queryRunner.query("INSERT INTO \"temporary_shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\" FROM \"shop_order\"");
    await queryRunner.query("DROP TABLE \"shop_order\"");
    await queryRunner.query("ALTER TABLE \"temporary_shop_order\" RENAME TO \"shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_shipped\" ON \"shop_order\" (\"status\", \"shippedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_pickup_code\" ON \"shop_order\" (\"storeId\", \"pickupCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_staff_paid\" ON \"shop_order\" (\"staffId\", \"paidAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_order_staff_paid\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_pickup_code\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_shipped\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("ALTER TABLE \"shop_order\" RENAME TO \"temporary_shop_order\"");
    await queryRunner.query("CREATE TABLE \"shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), \"source\" varchar(16) NOT NULL DEFAULT ('normal'), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"))");
    await queryRunner.query("INSERT INTO \"shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\" FROM \"temporary_shop_order\"");
    await queryRunner.query("DROP TABLE \"temporary_shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_shipped\" ON \"shop_order\" (\"status\", \"shippedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
    await queryRunner.query("DROP TABLE \"rate_limit_window\"");
  }
}
