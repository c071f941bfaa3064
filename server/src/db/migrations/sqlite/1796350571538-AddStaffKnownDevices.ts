import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStaffKnownDevices1796350571538 implements MigrationInterface {
  name = 'AddStaffKnownDevices1796350571538';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"staff_known_device\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"staffId\" integer NOT NULL, \"deviceHash\" varchar(64) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_staff_known_device\" UNIQUE (\"staffId\", \"deviceHash\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"staff_known_device\"");
  }
}
