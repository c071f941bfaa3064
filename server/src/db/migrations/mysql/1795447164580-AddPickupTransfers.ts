import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPickupTransfers1795447164580 implements MigrationInterface {
  name = 'AddPickupTransfers1795447164580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `notification` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `kind` varchar(24) NOT NULL, `orderId` int NOT NULL, `page` varchar(200) NOT NULL, `data` text NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `lastError` text NULL, `sentAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_notification_status_id` (`status`, `id`), UNIQUE INDEX `UQ_notification_kind_order` (`kind`, `orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock_transfer` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `fromLocationId` int NOT NULL, `toStoreId` int NOT NULL, `status` varchar(16) NOT NULL, `arrivedAt` datetime(6) NULL, `receivedBy` varchar(64) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_stock_transfer_store_status` (`toStoreId`, `status`, `id`), UNIQUE INDEX `IDX_dabab3ed0818088d41f2da1c08` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `pickupReadyAt` datetime(6) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `pickupReadyAt`");
    await queryRunner.query("DROP INDEX `IDX_dabab3ed0818088d41f2da1c08` ON `stock_transfer`");
    await queryRunner.query("DROP INDEX `IDX_stock_transfer_store_status` ON `stock_transfer`");
    await queryRunner.query("DROP TABLE `stock_transfer`");
    await queryRunner.query("DROP INDEX `UQ_notification_kind_order` ON `notification`");
    await queryRunner.query("DROP INDEX `IDX_notification_status_id` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
  }
}
