import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Widens order_item.specText in place (the generator's DROP/ADD would lose every order's specs). */
export class WidenOrderItemSpecText1795434319147 implements MigrationInterface {
  name = 'WidenOrderItemSpecText1795434319147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `order_item` MODIFY `specText` varchar(255) NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `order_item` MODIFY `specText` varchar(120) NOT NULL');
  }
}
