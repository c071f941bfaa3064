import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPaymentAnomalies1796347938014 implements MigrationInterface {
  name = 'AddPaymentAnomalies1796347938014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `payment_anomaly` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(32) NOT NULL, `notificationId` varchar(64) NULL, `dedupeKey` varchar(64) NOT NULL, `outTradeNo` varchar(64) NULL, `outRefundNo` varchar(64) NULL, `expected` varchar(64) NULL, `received` varchar(64) NULL, `summary` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `acknowledgedAt` datetime(6) NULL, `acknowledgedBy` varchar(64) NULL, INDEX `IDX_payment_anomaly_open` (`acknowledgedAt`, `id`), UNIQUE INDEX `UQ_payment_anomaly_dedupe` (`dedupeKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_payment_anomaly_dedupe` ON `payment_anomaly`");
    await queryRunner.query("DROP INDEX `IDX_payment_anomaly_open` ON `payment_anomaly`");
    await queryRunner.query("DROP TABLE `payment_anomaly`");
  }
}
