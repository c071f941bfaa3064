import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouponStaffHandout1796348190037 implements MigrationInterface {
  name = 'CouponStaffHandout1796348190037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `coupon_staff_quota` (`staffId` int NOT NULL, `day` varchar(10) NOT NULL, `granted` int NOT NULL DEFAULT '0', PRIMARY KEY (`staffId`, `day`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `coupon_template` ADD `staffHandout` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `coupon_template` DROP COLUMN `staffHandout`");
    await queryRunner.query("DROP TABLE `coupon_staff_quota`");
  }
}
