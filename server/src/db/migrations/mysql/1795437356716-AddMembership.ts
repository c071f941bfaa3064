import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMembership1795437356716 implements MigrationInterface {
  name = 'AddMembership1795437356716';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `points_account` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `balance` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e7c3d1ee0591abb813136d8cb0` (`memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_entry` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `delta` int NOT NULL, `kind` varchar(16) NOT NULL, `orderId` int NULL, `reference` varchar(200) NOT NULL DEFAULT '', `expiresAt` datetime(6) NULL, `remaining` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_points_entry_member_id` (`memberId`, `id`), INDEX `IDX_points_entry_order` (`orderId`, `kind`), INDEX `IDX_points_entry_expiry` (`kind`, `expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_tier` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `name` varchar(30) NOT NULL, `growthThreshold` int NOT NULL, `discountPercent` int NULL, `freeShippingThreshold` int NULL, `birthdayCouponTemplateId` int NULL, `sortOrder` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8cb7b837e25fe9256cf5ada67f` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_growth` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `growth` int NOT NULL DEFAULT '0', `tierCode` varchar(32) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_member_growth_tier` (`tierCode`), UNIQUE INDEX `IDX_e5f0c3eb99ef9c88a856127d76` (`memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_profile` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `birthday` varchar(10) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_434917136b073ff315d700c9f5` (`memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_consent` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `kind` varchar(16) NOT NULL, `granted` tinyint NOT NULL DEFAULT 0, `version` varchar(32) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_member_consent_member_kind` (`memberId`, `kind`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_member_consent_member_kind` ON `member_consent`");
    await queryRunner.query("DROP TABLE `member_consent`");
    await queryRunner.query("DROP INDEX `IDX_434917136b073ff315d700c9f5` ON `member_profile`");
    await queryRunner.query("DROP TABLE `member_profile`");
    await queryRunner.query("DROP INDEX `IDX_e5f0c3eb99ef9c88a856127d76` ON `member_growth`");
    await queryRunner.query("DROP INDEX `IDX_member_growth_tier` ON `member_growth`");
    await queryRunner.query("DROP TABLE `member_growth`");
    await queryRunner.query("DROP INDEX `IDX_8cb7b837e25fe9256cf5ada67f` ON `member_tier`");
    await queryRunner.query("DROP TABLE `member_tier`");
    await queryRunner.query("DROP INDEX `IDX_points_entry_expiry` ON `points_entry`");
    await queryRunner.query("DROP INDEX `IDX_points_entry_order` ON `points_entry`");
    await queryRunner.query("DROP INDEX `IDX_points_entry_member_id` ON `points_entry`");
    await queryRunner.query("DROP TABLE `points_entry`");
    await queryRunner.query("DROP INDEX `IDX_e7c3d1ee0591abb813136d8cb0` ON `points_account`");
    await queryRunner.query("DROP TABLE `points_account`");
  }
}
