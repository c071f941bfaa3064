import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WidenOrderItemSpecText1795434319147 implements MigrationInterface {
  name = 'WidenOrderItemSpecText1795434319147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_order_item_order\"");
    await queryRunner.query("CREATE TABLE \"temporary_order_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"productId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"title\" varchar(120) NOT NULL, \"specText\" varchar(255) NOT NULL, \"image\" varchar(255), \"quantity\" integer NOT NULL, \"listPrice\" integer NOT NULL, \"unitPrice\" integer NOT NULL, \"discounts\" text NOT NULL, \"discountTotal\" integer NOT NULL, \"payable\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_order_item\"(\"id\", \"orderId\", \"productId\", \"skuId\", \"title\", \"specText\", \"image\", \"quantity\", \"listPrice\", \"unitPrice\", \"discounts\", \"discountTotal\", \"payable\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"orderId\", \"productId\", \"skuId\", \"title\", \"specText\", \"image\", \"quantity\", \"listPrice\", \"unitPrice\", \"discounts\", \"discountTotal\", \"payable\", \"createdAt\", \"updatedAt\" FROM \"order_item\"");
    await queryRunner.query("DROP TABLE \"order_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_order_item\" RENAME TO \"order_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_item_order\" ON \"order_item\" (\"orderId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_order_item_order\"");
    await queryRunner.query("ALTER TABLE \"order_item\" RENAME TO \"temporary_order_item\"");
    await queryRunner.query("CREATE TABLE \"order_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"productId\" integer NOT NULL, \"skuId\" integer NOT NULL, \"title\" varchar(120) NOT NULL, \"specText\" varchar(120) NOT NULL, \"image\" varchar(255), \"quantity\" integer NOT NULL, \"listPrice\" integer NOT NULL, \"unitPrice\" integer NOT NULL, \"discounts\" text NOT NULL, \"discountTotal\" integer NOT NULL, \"payable\" integer NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"order_item\"(\"id\", \"orderId\", \"productId\", \"skuId\", \"title\", \"specText\", \"image\", \"quantity\", \"listPrice\", \"unitPrice\", \"discounts\", \"discountTotal\", \"payable\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"orderId\", \"productId\", \"skuId\", \"title\", \"specText\", \"image\", \"quantity\", \"listPrice\", \"unitPrice\", \"discounts\", \"discountTotal\", \"payable\", \"createdAt\", \"updatedAt\" FROM \"temporary_order_item\"");
    await queryRunner.query("DROP TABLE \"temporary_order_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_order_item_order\" ON \"order_item\" (\"orderId\") ");
  }
}
