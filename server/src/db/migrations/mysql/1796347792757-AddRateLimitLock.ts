import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRateLimitLock1796347792757 implements MigrationInterface {
  name = 'AddRateLimitLock1796347792757';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `rate_limit_window` ADD `lockedUntil` datetime(6) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `rate_limit_window` DROP COLUMN `lockedUntil`");
  }
}
