import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberCodeDigits1795445799815 implements MigrationInterface {
  name = 'AddMemberCodeDigits1795445799815';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"member_code_digits\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"digits\" varchar(12) NOT NULL, \"memberId\" integer NOT NULL, \"expiresAt\" datetime(6) NOT NULL, CONSTRAINT \"UQ_69518d784a670f616da5ce5de7f\" UNIQUE (\"digits\"))");
    await queryRunner.query("CREATE INDEX \"IDX_member_code_digits_member\" ON \"member_code_digits\" (\"memberId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_member_code_digits_member\"");
    await queryRunner.query("DROP TABLE \"member_code_digits\"");
  }
}
