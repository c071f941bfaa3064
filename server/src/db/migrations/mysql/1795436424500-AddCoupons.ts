import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCoupons1795436424500 implements MigrationInterface {
  name = 'AddCoupons1795436424500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `coupon_template` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(60) NOT NULL, `kind` varchar(16) NOT NULL, `value` int NOT NULL, `threshold` int NULL, `repeat` tinyint NOT NULL DEFAULT 0, `cap` int NULL, `scope` text NOT NULL, `excludeProductIds` text NOT NULL, `audience` text NOT NULL, `totalQuantity` int NOT NULL, `perMemberLimit` int NOT NULL, `issuedCount` int NOT NULL DEFAULT '0', `claimStartsAt` datetime(6) NULL, `claimEndsAt` datetime(6) NULL, `validity` text NOT NULL, `welcome` tinyint NOT NULL DEFAULT 0, `status` varchar(16) NOT NULL, `createdBy` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_coupon_template_status_id` (`status`, `id`), INDEX `IDX_coupon_template_welcome` (`welcome`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_instance` (`id` int NOT NULL AUTO_INCREMENT, `templateId` int NOT NULL, `memberId` int NOT NULL, `status` varchar(16) NOT NULL, `validFrom` datetime(6) NOT NULL, `validUntil` datetime(6) NOT NULL, `orderId` int NULL, `discountAmount` int NULL, `orderPayable` int NULL, `source` varchar(16) NOT NULL, `sourceRef` varchar(40) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_coupon_instance_member_status_id` (`memberId`, `status`, `id`), INDEX `IDX_coupon_instance_status_until` (`status`, `validUntil`), INDEX `IDX_coupon_instance_order` (`orderId`), INDEX `IDX_coupon_instance_template_status` (`templateId`, `status`), UNIQUE INDEX `UQ_coupon_instance_member_source` (`memberId`, `sourceRef`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_event` (`id` int NOT NULL AUTO_INCREMENT, `instanceId` int NOT NULL, `templateId` int NOT NULL, `memberId` int NOT NULL, `fromStatus` varchar(16) NULL, `toStatus` varchar(16) NOT NULL, `orderId` int NULL, `actor` varchar(64) NOT NULL, `note` varchar(200) NOT NULL DEFAULT '', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_coupon_event_instance` (`instanceId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_redeem_code` (`id` int NOT NULL AUTO_INCREMENT, `templateId` int NOT NULL, `code` varchar(32) NOT NULL, `kind` varchar(8) NOT NULL, `redeemedBy` int NULL, `redeemedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_coupon_redeem_code_template` (`templateId`, `kind`), UNIQUE INDEX `IDX_20fc9e70a4f8395fec982942f6` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_claim_counter` (`templateId` int NOT NULL, `memberId` int NOT NULL, `claimed` int NOT NULL DEFAULT '0', `batchToken` varchar(36) NULL, PRIMARY KEY (`templateId`, `memberId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_push` (`id` int NOT NULL AUTO_INCREMENT, `templateId` int NOT NULL, `segment` text NOT NULL, `status` varchar(16) NOT NULL, `total` int NOT NULL DEFAULT '0', `processed` int NOT NULL DEFAULT '0', `issued` int NOT NULL DEFAULT '0', `skipped` int NOT NULL DEFAULT '0', `unmatched` int NOT NULL DEFAULT '0', `afterMemberId` int NOT NULL DEFAULT '0', `error` varchar(200) NULL, `createdBy` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_coupon_push_status_id` (`status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_push_member` (`pushId` int NOT NULL, `memberId` int NOT NULL, PRIMARY KEY (`pushId`, `memberId`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `coupon_push_member`");
    await queryRunner.query("DROP INDEX `IDX_coupon_push_status_id` ON `coupon_push`");
    await queryRunner.query("DROP TABLE `coupon_push`");
    await queryRunner.query("DROP TABLE `coupon_claim_counter`");
    await queryRunner.query("DROP INDEX `IDX_20fc9e70a4f8395fec982942f6` ON `coupon_redeem_code`");
    await queryRunner.query("DROP INDEX `IDX_coupon_redeem_code_template` ON `coupon_redeem_code`");
    await queryRunner.query("DROP TABLE `coupon_redeem_code`");
    await queryRunner.query("DROP INDEX `IDX_coupon_event_instance` ON `coupon_event`");
    await queryRunner.query("DROP TABLE `coupon_event`");
    await queryRunner.query("DROP INDEX `UQ_coupon_instance_member_source` ON `coupon_instance`");
    await queryRunner.query("DROP INDEX `IDX_coupon_instance_template_status` ON `coupon_instance`");
    await queryRunner.query("DROP INDEX `IDX_coupon_instance_order` ON `coupon_instance`");
    await queryRunner.query("DROP INDEX `IDX_coupon_instance_status_until` ON `coupon_instance`");
    await queryRunner.query("DROP INDEX `IDX_coupon_instance_member_status_id` ON `coupon_instance`");
    await queryRunner.query("DROP TABLE `coupon_instance`");
    await queryRunner.query("DROP INDEX `IDX_coupon_template_welcome` ON `coupon_template`");
    await queryRunner.query("DROP INDEX `IDX_coupon_template_status_id` ON `coupon_template`");
    await queryRunner.query("DROP TABLE `coupon_template`");
  }
}
