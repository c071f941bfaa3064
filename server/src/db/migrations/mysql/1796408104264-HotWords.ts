import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HotWords1796408104264 implements MigrationInterface {
  name = 'HotWords1796408104264';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `hot_word` (`id` int NOT NULL AUTO_INCREMENT, `word` varchar(20) NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', `isActive` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_hot_word_word` (`word`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_hot_word_word` ON `hot_word`");
    await queryRunner.query("DROP TABLE `hot_word`");
  }
}
