import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStoreCounter1795445444431 implements MigrationInterface {
  name = 'AddStoreCounter1795445444431';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `rate_limit_window` (`id` int NOT NULL AUTO_INCREMENT, `subject` varchar(80) NOT NULL, `windowStart` datetime(6) NOT NULL, `hits` int NOT NULL DEFAULT '0', UNIQUE INDEX `UQ_rate_limit_window` (`subject`, `windowStart`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `pickupCode` varchar(6) NULL");
    await queryRunner.query("CREATE INDEX `IDX_order_store_pickup_code` ON `shop_order` (`storeId`, `pickupCode`)");
    await queryRunner.query("CREATE INDEX `IDX_order_staff_paid` ON `shop_order` (`staffId`, `paidAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_order_staff_paid` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_store_pickup_code` ON `shop_order`");
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `pickupCode`");
    await queryRunner.query("DROP INDEX `UQ_rate_limit_window` ON `rate_limit_window`");
    await queryRunner.query("DROP TABLE `rate_limit_window`");
  }
}
