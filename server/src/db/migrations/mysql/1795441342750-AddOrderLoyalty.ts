import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrderLoyalty1795441342750 implements MigrationInterface {
  name = 'AddOrderLoyalty1795441342750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `shop_order` ADD `shippingDiscount` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `pointsUsed` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `pointsEarned` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `refundedTotal` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `carrier` varchar(32) NULL");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `trackingNo` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `shippedAt` datetime(6) NULL");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `completedAt` datetime(6) NULL");
    await queryRunner.query("CREATE INDEX `IDX_order_status_shipped` ON `shop_order` (`status`, `shippedAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_order_status_shipped` ON `shop_order`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `completedAt`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `shippedAt`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `trackingNo`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `carrier`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `refundedTotal`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `pointsEarned`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `pointsUsed`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `shippingDiscount`");
  }
}
