import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default tiers (admins change them later through /admin/member-tiers). Plain SQL that
 * SQLite and MySQL both accept, so one migration serves both drivers.
 */
export class SeedMemberTiers1795437356717 implements MigrationInterface {
  name = 'SeedMemberTiers1795437356717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'INSERT INTO `member_tier` (`code`, `name`, `growthThreshold`, `discountPercent`, `freeShippingThreshold`, `birthdayCouponTemplateId`, `sortOrder`) VALUES ' +
        "('normal', '普通会员', 0, NULL, NULL, NULL, 0), " +
        "('silver', '银卡', 1000, 98, 6900, NULL, 10), " +
        "('gold', '金卡', 5000, 95, 4900, NULL, 20), " +
        "('black_gold', '黑金', 20000, 90, 0, NULL, 30)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `member_tier` WHERE `code` IN ('normal', 'silver', 'gold', 'black_gold')");
  }
}
