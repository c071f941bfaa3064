import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A store may now hold two stock locations (sellable 'store' and 'display' samples): unique per (storeId, kind). */
export class AddDisplaySamples1796296017846 implements MigrationInterface {
  name = 'AddDisplaySamples1796296017846';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_stock_location_store_kind` ON `stock_location` (`storeId`, `kind`)");
    await queryRunner.query("DROP INDEX `IDX_856f15bac3fa69620d66e4d605` ON `stock_location`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Display locations cannot survive the old one-location-per-store rule.
    await queryRunner.query("DELETE FROM `stock_location` WHERE `kind` = 'display'");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_856f15bac3fa69620d66e4d605` ON `stock_location` (`storeId`)");
    await queryRunner.query("DROP INDEX `UQ_stock_location_store_kind` ON `stock_location`");
  }
}
