import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberCodeDigits1795445799815 implements MigrationInterface {
  name = 'AddMemberCodeDigits1795445799815';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `member_code_digits` (`id` int NOT NULL AUTO_INCREMENT, `digits` varchar(12) NOT NULL, `memberId` int NOT NULL, `expiresAt` datetime(6) NOT NULL, INDEX `IDX_member_code_digits_member` (`memberId`), UNIQUE INDEX `IDX_69518d784a670f616da5ce5de7` (`digits`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_69518d784a670f616da5ce5de7` ON `member_code_digits`");
    await queryRunner.query("DROP INDEX `IDX_member_code_digits_member` ON `member_code_digits`");
    await queryRunner.query("DROP TABLE `member_code_digits`");
  }
}
