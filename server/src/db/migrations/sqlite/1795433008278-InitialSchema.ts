import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795433008278 implements MigrationInterface {
  name = 'InitialSchema1795433008278';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"category\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(60) NOT NULL, \"icon\" varchar(255), \"sortOrder\" integer NOT NULL DEFAULT (0), \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_652a15c02538138f021f1320de8\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_category_active_sort\" ON \"category\" (\"isActive\", \"sortOrder\") ");
    await queryRunner.query("CREATE TABLE \"product\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"categoryId\" integer NOT NULL, \"title\" varchar(120) NOT NULL, \"subtitle\" varchar(200) NOT NULL DEFAULT (''), \"description\" text NOT NULL, \"specs\" text NOT NULL, \"images\" text NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('off_shelf'), \"minPrice\" integer NOT NULL DEFAULT (0), \"sales\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_product_status_category_id\" ON \"product\" (\"status\", \"categoryId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_product_status_price_id\" ON \"product\" (\"status\", \"minPrice\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_product_status_sales_id\" ON \"product\" (\"status\", \"sales\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_product_status_created_id\" ON \"product\" (\"status\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"sku\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"productId\" integer NOT NULL, \"code\" varchar(64) NOT NULL, \"specValues\" text NOT NULL, \"price\" integer NOT NULL, \"memberPrice\" integer, \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_19ec6e4f8253df824722c3b8aba\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_sku_product\" ON \"sku\" (\"productId\") ");
    await queryRunner.query("CREATE TABLE \"stock_location\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"kind\" varchar(16) NOT NULL, \"storeId\" integer, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_eb4dd13579b6026ed0449f7a244\" UNIQUE (\"code\"), CONSTRAINT \"UQ_856f15bac3fa69620d66e4d605c\" UNIQUE (\"storeId\"))");
    await queryRunner.query("CREATE TABLE \"stock\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"skuId\" integer NOT NULL, \"locationId\" integer NOT NULL, \"onHand\" integer NOT NULL DEFAULT (0), \"reserved\" integer NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_stock_sku_location\" UNIQUE (\"skuId\", \"locationId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_stock_location\" ON \"stock\" (\"locationId\") ");
    await queryRunner.query("CREATE TABLE \"stock_movement\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"skuId\" integer NOT NULL, \"locationId\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"onHandDelta\" integer NOT NULL, \"reservedDelta\" integer NOT NULL, \"reason\" varchar(200) NOT NULL, \"orderId\" integer, \"actor\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_stock_movement_sku_location\" ON \"stock_movement\" (\"skuId\", \"locationId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_stock_movement_location\" ON \"stock_movement\" (\"locationId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_stock_movement_order\" ON \"stock_movement\" (\"orderId\") ");
    await queryRunner.query("CREATE TABLE \"reservation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"locationId\" integer NOT NULL, \"quantity\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('reserved'), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_reservation_order\" ON \"reservation\" (\"orderId\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"store\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"city\" varchar(40) NOT NULL, \"district\" varchar(40) NOT NULL, \"address\" varchar(200) NOT NULL, \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"phone\" varchar(40) NOT NULL, \"openingHours\" varchar(60) NOT NULL, \"deliveryRadiusMeters\" integer NOT NULL DEFAULT (3000), \"pickupEnabled\" boolean NOT NULL DEFAULT (1), \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_40c711bd10299557bc2bc497206\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"staff_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"displayName\" varchar(60) NOT NULL, \"role\" varchar(20) NOT NULL, \"storeId\" integer, \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_a7c945e39de97ad2b20e719fc28\" UNIQUE (\"username\"))");
    await queryRunner.query("CREATE INDEX \"IDX_staff_account_store\" ON \"staff_account\" (\"storeId\") ");
    await queryRunner.query("CREATE TABLE \"member\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"openid\" varchar(64) NOT NULL, \"unionid\" varchar(64), \"nickname\" varchar(60) NOT NULL DEFAULT (''), \"avatarUrl\" varchar(255), \"phone\" varchar(20), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_4ec74c39ff606987e53d7e60576\" UNIQUE (\"openid\"))");
    await queryRunner.query("CREATE INDEX \"IDX_member_phone\" ON \"member\" (\"phone\") ");
    await queryRunner.query("CREATE TABLE \"address\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"recipientName\" varchar(40) NOT NULL, \"phone\" varchar(20) NOT NULL, \"province\" varchar(40) NOT NULL, \"city\" varchar(40) NOT NULL, \"district\" varchar(40) NOT NULL, \"detail\" varchar(200) NOT NULL, \"latitude\" double, \"longitude\" double, \"isDefault\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_address_member\" ON \"address\" (\"memberId\") ");
    await queryRunner.query("CREATE TABLE \"cart_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"quantity\" integer NOT NULL, \"selected\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_cart_item_member_sku\" UNIQUE (\"memberId\", \"skuId\"))");
    await queryRunner.query("CREATE TABLE \"shop_order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderNo\" varchar(20) NOT NULL, \"memberId\" integer, \"status\" varchar(24) NOT NULL, \"fulfillmentType\" varchar(16) NOT NULL, \"storeId\" integer, \"stockLocationId\" integer NOT NULL, \"address\" text, \"channel\" varchar(32) NOT NULL, \"staffId\" integer, \"itemsTotal\" integer NOT NULL, \"discountTotal\" integer NOT NULL, \"shippingFee\" integer NOT NULL, \"payableTotal\" integer NOT NULL, \"discounts\" text NOT NULL, \"buyerNote\" varchar(200) NOT NULL DEFAULT (''), \"idempotencyScope\" varchar(40), \"idempotencyKey\" varchar(80), \"requestHash\" varchar(64), \"payDeadline\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"cancelledAt\" datetime(6), \"cancelReason\" varchar(200), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_d1b920aa8b81a071141f1de1a44\" UNIQUE (\"orderNo\"), CONSTRAINT \"UQ_order_idempotency\" UNIQUE (\"idempotencyScope\", \"idempotencyKey\"))");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_status_id\" ON \"shop_order\" (\"memberId\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_member_id\" ON \"shop_order\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_status_deadline\" ON \"shop_order\" (\"status\", \"payDeadline\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_created_id\" ON \"shop_order\" (\"createdAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_channel_created\" ON \"shop_order\" (\"channel\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_order_store_created\" ON \"shop_order\" (\"storeId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"order_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"productId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"title\" varchar(120) NOT NULL, \"specText\" varchar(120) NOT NULL, \"image\" varchar(255), \"quantity\" integer NOT NULL, \"listPrice\" integer NOT NULL, \"unitPrice\" integer NOT NULL, \"discounts\" text NOT NULL, \"discountTotal\" integer NOT NULL, \"payable\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_order_item_order\" ON \"order_item\" (\"orderId\") ");
    await queryRunner.query("CREATE TABLE \"order_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"fromStatus\" varchar(24), \"toStatus\" varchar(24) NOT NULL, \"actor\" varchar(64) NOT NULL, \"note\" varchar(200) NOT NULL DEFAULT (''), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_order_event_order\" ON \"order_event\" (\"orderId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"job_lease\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"owner\" varchar(64), \"leaseUntil\" datetime(6) NOT NULL, \"lastRunAt\" datetime(6))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"job_lease\"");
    await queryRunner.query("DROP INDEX \"IDX_order_event_order\"");
    await queryRunner.query("DROP TABLE \"order_event\"");
    await queryRunner.query("DROP INDEX \"IDX_order_item_order\"");
    await queryRunner.query("DROP TABLE \"order_item\"");
    await queryRunner.query("DROP INDEX \"IDX_order_store_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_channel_created\"");
    await queryRunner.query("DROP INDEX \"IDX_order_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_status_deadline\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_id\"");
    await queryRunner.query("DROP INDEX \"IDX_order_member_status_id\"");
    await queryRunner.query("DROP TABLE \"shop_order\"");
    await queryRunner.query("DROP TABLE \"cart_item\"");
    await queryRunner.query("DROP INDEX \"IDX_address_member\"");
    await queryRunner.query("DROP TABLE \"address\"");
    await queryRunner.query("DROP INDEX \"IDX_member_phone\"");
    await queryRunner.query("DROP TABLE \"member\"");
    await queryRunner.query("DROP INDEX \"IDX_staff_account_store\"");
    await queryRunner.query("DROP TABLE \"staff_account\"");
    await queryRunner.query("DROP TABLE \"store\"");
    await queryRunner.query("DROP INDEX \"IDX_reservation_order\"");
    await queryRunner.query("DROP TABLE \"reservation\"");
    await queryRunner.query("DROP INDEX \"IDX_stock_movement_order\"");
    await queryRunner.query("DROP INDEX \"IDX_stock_movement_location\"");
    await queryRunner.query("DROP INDEX \"IDX_stock_movement_sku_location\"");
    await queryRunner.query("DROP TABLE \"stock_movement\"");
    await queryRunner.query("DROP INDEX \"IDX_stock_location\"");
    await queryRunner.query("DROP TABLE \"stock\"");
    await queryRunner.query("DROP TABLE \"stock_location\"");
    await queryRunner.query("DROP INDEX \"IDX_sku_product\"");
    await queryRunner.query("DROP TABLE \"sku\"");
    await queryRunner.query("DROP INDEX \"IDX_product_status_created_id\"");
    await queryRunner.query("DROP INDEX \"IDX_product_status_sales_id\"");
    await queryRunner.query("DROP INDEX \"IDX_product_status_price_id\"");
    await queryRunner.query("DROP INDEX \"IDX_product_status_category_id\"");
    await queryRunner.query("DROP TABLE \"product\"");
    await queryRunner.query("DROP INDEX \"IDX_category_active_sort\"");
    await queryRunner.query("DROP TABLE \"category\"");
  }
}
