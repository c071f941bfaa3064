import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReferrals1795444407391 implements MigrationInterface {
  name = 'AddReferrals1795444407391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `referral_binding` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `staffId` int NOT NULL, `storeId` int NOT NULL, `source` varchar(16) NOT NULL, `boundAt` datetime(6) NOT NULL, `expiresAt` datetime(6) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_referral_binding_staff` (`staffId`, `expiresAt`), UNIQUE INDEX `UQ_referral_binding_member` (`memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `referral_event` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `staffId` int NOT NULL, `storeId` int NOT NULL, `source` varchar(16) NOT NULL, `outcome` varchar(16) NOT NULL, `expiresAt` datetime(6) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_referral_event_member` (`memberId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_referral_event_member` ON `referral_event`");
    await queryRunner.query("DROP TABLE `referral_event`");
    await queryRunner.query("DROP INDEX `UQ_referral_binding_member` ON `referral_binding`");
    await queryRunner.query("DROP INDEX `IDX_referral_binding_staff` ON `referral_binding`");
    await queryRunner.query("DROP TABLE `referral_binding`");
  }
}
