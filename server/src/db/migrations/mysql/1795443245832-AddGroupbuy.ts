import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGroupbuy1795443245832 implements MigrationInterface {
  name = 'AddGroupbuy1795443245832';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `groupbuy_campaign` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(60) NOT NULL, `productId` int NOT NULL, `groupSize` int NOT NULL, `formMinutes` int NOT NULL, `startsAt` datetime(6) NOT NULL, `endsAt` datetime(6) NOT NULL, `perMemberLimit` int NOT NULL, `newMembersOnly` tinyint NOT NULL DEFAULT 0, `simulateWhenShortBy` int NULL, `leaderDiscount` int NULL, `status` varchar(16) NOT NULL, `createdBy` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_groupbuy_campaign_product_status` (`productId`, `status`), INDEX `IDX_groupbuy_campaign_status_id` (`status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `groupbuy_campaign_sku` (`id` int NOT NULL AUTO_INCREMENT, `campaignId` int NOT NULL, `skuId` int NOT NULL, `groupPrice` int NOT NULL, `stockCap` int NOT NULL, `sold` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_groupbuy_campaign_sku` (`campaignId`, `skuId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `groupbuy_participation` (`id` int NOT NULL AUTO_INCREMENT, `campaignId` int NOT NULL, `memberId` int NOT NULL, `orders` int NOT NULL DEFAULT '0', UNIQUE INDEX `UQ_groupbuy_participation` (`campaignId`, `memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `groupbuy_group` (`id` int NOT NULL AUTO_INCREMENT, `campaignId` int NOT NULL, `leaderMemberId` int NOT NULL, `size` int NOT NULL, `seatsTaken` int NOT NULL DEFAULT '0', `paidCount` int NOT NULL DEFAULT '0', `status` varchar(16) NOT NULL, `openedAt` datetime(6) NULL, `expiresAt` datetime(6) NULL, `closedAt` datetime(6) NULL, `simulated` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_groupbuy_group_status_expires` (`status`, `expiresAt`), INDEX `IDX_groupbuy_group_campaign_status` (`campaignId`, `status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `groupbuy_member` (`id` int NOT NULL AUTO_INCREMENT, `groupId` int NOT NULL, `campaignId` int NOT NULL, `memberId` int NOT NULL, `orderId` int NOT NULL, `skuId` int NOT NULL, `quantity` int NOT NULL, `isLeader` tinyint NOT NULL DEFAULT 0, `status` varchar(16) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_groupbuy_member_group` (`groupId`, `status`), INDEX `IDX_groupbuy_member_member` (`memberId`, `id`), UNIQUE INDEX `IDX_42b85203c62fd3c091e3b3a801` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `shop_order` ADD `source` varchar(16) NOT NULL DEFAULT 'normal'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `shop_order` DROP COLUMN `source`");
    await queryRunner.query("DROP INDEX `IDX_42b85203c62fd3c091e3b3a801` ON `groupbuy_member`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_member_member` ON `groupbuy_member`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_member_group` ON `groupbuy_member`");
    await queryRunner.query("DROP TABLE `groupbuy_member`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_group_campaign_status` ON `groupbuy_group`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_group_status_expires` ON `groupbuy_group`");
    await queryRunner.query("DROP TABLE `groupbuy_group`");
    await queryRunner.query("DROP INDEX `UQ_groupbuy_participation` ON `groupbuy_participation`");
    await queryRunner.query("DROP TABLE `groupbuy_participation`");
    await queryRunner.query("DROP INDEX `UQ_groupbuy_campaign_sku` ON `groupbuy_campaign_sku`");
    await queryRunner.query("DROP TABLE `groupbuy_campaign_sku`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_campaign_status_id` ON `groupbuy_campaign`");
    await queryRunner.query("DROP INDEX `IDX_groupbuy_campaign_product_status` ON `groupbuy_campaign`");
    await queryRunner.query("DROP TABLE `groupbuy_campaign`");
  }
}
