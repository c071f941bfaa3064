import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUncollectedPickupPolicy1795447635737 implements MigrationInterface {
  name = 'AddUncollectedPickupPolicy1795447635737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `store` ADD `cancelUncollectedPickups` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `store` DROP COLUMN `cancelUncollectedPickups`");
  }
}
