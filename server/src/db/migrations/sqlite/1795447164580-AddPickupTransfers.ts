import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPickupTransfers1795447164580 implements MigrationInterface {
  name = 'AddPickupTransfers1795447164580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"kind\" varchar(24) NOT NULL, \"orderId\" integer NOT NULL, \"page\" varchar(200) NOT NULL, \"data\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"lastError\" text, \"sentAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_notification_kind_order\" UNIQUE (\"kind\", \"orderId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_notification_status_id\" ON \"notification\" (\"status\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"stock_transfer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"fromLocationId\" integer NOT NULL, \"toStoreId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"arrivedAt\" datetime(6), \"receivedBy\" varchar(64), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_dabab3ed0818088d41f2da1c08d\" UNIQUE (\"orderId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_stock_transfer_store_status\" ON \"stock_transfer\" (\"toStoreId\", \"status\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_order_staff_paid\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_pickup_code\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_shipped\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), \"source\" varchar(16) NOT NULL DEFAULT ('normal'), \"pickupCode\" varchar(6), \"pickupReadyAt\" datetime(6), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"))");
    await queryRunner.query("INSERT INTO \"temporary_shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\", \"pickupCode\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\", \"pickupCode\" FROM \"shop_order\"");
    await queryRunner.query("DROP TABLE \"shop_order\"");
    await queryRunner.query("ALTER TABLE \"temporary_shop_order\" RENAME TO \"shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_staff_paid\" ON \"shop_order\" (\"staffId\", \"paidAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_pickup_code\" ON \"shop_order\" (\"storeId\", \"pickupCode\") ");
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
    await queryRunner.query("DROP INDEX \"IDX_order_store_pickup_code\"");
    await queryRunner.query("DROP INDEX \"IDX_order_staff_paid\"");
    await queryRunner.query("ALTER TABLE \"shop_order\" RENAME TO \"temporary_shop_order\"");
    await queryRunner.query("CREATE TABLE \"shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"shippingDiscount\" integer NOT NULL DEFAULT (0), \"pointsUsed\" integer NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), \"refundedTotal\" integer NOT NULL DEFAULT (0), \"carrier\" varchar(32), \"trackingNo\" varchar(40), \"shippedAt\" datetime(6), \"completedAt\" datetime(6), \"source\" varchar(16) NOT NULL DEFAULT ('normal'), \"pickupCode\" varchar(6), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"))");
    await queryRunner.query("INSERT INTO \"shop_order\"(\"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\", \"pickupCode\") SELECT \"id\", \"orderNo\", \"memberId\", \"status\", \"fulfillmentType\", \"storeId\", \"stockLocationId\", \"address\", \"channel\", \"staffId\", \"itemsTotal\", \"discountTotal\", \"shippingFee\", \"payableTotal\", \"discounts\", \"buyerNote\", \"idempotencyScope\", \"idempotencyKey\", \"requestHash\", \"payDeadline\", \"paidAt\", \"cancelledAt\", \"cancelReason\", \"createdAt\", \"updatedAt\", \"shippingDiscount\", \"pointsUsed\", \"pointsEarned\", \"refundedTotal\", \"carrier\", \"trackingNo\", \"shippedAt\", \"completedAt\", \"source\", \"pickupCode\" FROM \"temporary_shop_order\"");
    await queryRunner.query("DROP TABLE \"temporary_shop_order\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_shipped\" ON \"shop_order\" (\"status\", \"shippedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_pickup_code\" ON \"shop_order\" (\"storeId\", \"pickupCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_staff_paid\" ON \"shop_order\" (\"staffId\", \"paidAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_stock_transfer_store_status\"");
    await queryRunner.query("DROP TABLE \"stock_transfer\"");
    await queryRunner.query("DROP INDEX \"IDX_notification_status_id\"");
    await queryRunner.query("DROP TABLE \"notification\"");
  }
}
