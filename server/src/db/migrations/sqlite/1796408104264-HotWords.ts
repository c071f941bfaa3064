import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HotWords1796408104264 implements MigrationInterface {
  name = 'HotWords1796408104264';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"hot_word\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"word\" varchar(20) NOT NULL, \"sortOrder\" integer NOT NULL DEFAULT (0), \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_hot_word_word\" UNIQUE (\"word\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"hot_word\"");
  }
}
