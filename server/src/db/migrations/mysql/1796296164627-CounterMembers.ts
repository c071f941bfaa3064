import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CounterMembers1796296164627 implements MigrationInterface {
  name = 'CounterMembers1796296164627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_member_phone` ON `member`");
    await queryRunner.query("ALTER TABLE `member` ADD `mergedIntoId` int NULL");
    await queryRunner.query("ALTER TABLE `member` CHANGE `openid` `openid` varchar(64) NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_member_phone` ON `member` (`phone`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_member_phone` ON `member`");
    await queryRunner.query("ALTER TABLE `member` CHANGE `openid` `openid` varchar(64) NOT NULL");
    await queryRunner.query("ALTER TABLE `member` DROP COLUMN `mergedIntoId`");
    await queryRunner.query("CREATE INDEX `IDX_member_phone` ON `member` (`phone`)");
  }
}
