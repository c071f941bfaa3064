import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCounterPhoneChallenge1796347843307 implements MigrationInterface {
  name = 'AddCounterPhoneChallenge1796347843307';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `counter_phone_challenge` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `staffId` int NOT NULL, `storeId` int NOT NULL, `codeHash` varchar(64) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `expiresAt` datetime(6) NOT NULL, `usedAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_counter_phone_challenge_member` (`memberId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_counter_phone_challenge_member` ON `counter_phone_challenge`");
    await queryRunner.query("DROP TABLE `counter_phone_challenge`");
  }
}
