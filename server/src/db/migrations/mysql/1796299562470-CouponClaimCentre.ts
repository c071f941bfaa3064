import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouponClaimCentre1796299562470 implements MigrationInterface {
  name = 'CouponClaimCentre1796299562470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `coupon_template` ADD `claimCentre` tinyint NOT NULL DEFAULT 1");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `coupon_template` DROP COLUMN `claimCentre`");
  }
}
