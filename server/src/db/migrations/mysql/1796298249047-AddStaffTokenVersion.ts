import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStaffTokenVersion1796298249047 implements MigrationInterface {
  name = 'AddStaffTokenVersion1796298249047';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff_account` ADD `tokenVersion` int NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff_account` DROP COLUMN `tokenVersion`");
  }
}
