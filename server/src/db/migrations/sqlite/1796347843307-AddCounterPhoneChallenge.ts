import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCounterPhoneChallenge1796347843307 implements MigrationInterface {
  name = 'AddCounterPhoneChallenge1796347843307';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"counter_phone_challenge\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"staffId\" integer NOT NULL, \"storeId\" integer NOT NULL, \"codeHash\" varchar(64) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"expiresAt\" datetime(6) NOT NULL, \"usedAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_counter_phone_challenge_member\" ON \"counter_phone_challenge\" (\"memberId\", \"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_counter_phone_challenge_member\"");
    await queryRunner.query("DROP TABLE \"counter_phone_challenge\"");
  }
}
