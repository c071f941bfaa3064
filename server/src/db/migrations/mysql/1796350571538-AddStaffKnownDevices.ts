import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStaffKnownDevices1796350571538 implements MigrationInterface {
  name = 'AddStaffKnownDevices1796350571538';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `staff_known_device` (`id` int NOT NULL AUTO_INCREMENT, `staffId` int NOT NULL, `deviceHash` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_staff_known_device` (`staffId`, `deviceHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_staff_known_device` ON `staff_known_device`");
    await queryRunner.query("DROP TABLE `staff_known_device`");
  }
}
