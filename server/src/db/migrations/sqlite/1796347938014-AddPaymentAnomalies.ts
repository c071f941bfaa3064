import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPaymentAnomalies1796347938014 implements MigrationInterface {
  name = 'AddPaymentAnomalies1796347938014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"payment_anomaly\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(32) NOT NULL, \"notificationId\" varchar(64), \"dedupeKey\" varchar(64) NOT NULL, \"outTradeNo\" varchar(64), \"outRefundNo\" varchar(64), \"expected\" varchar(64), \"received\" varchar(64), \"summary\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"acknowledgedAt\" datetime(6), \"acknowledgedBy\" varchar(64), CONSTRAINT \"UQ_payment_anomaly_dedupe\" UNIQUE (\"dedupeKey\"))");
    await queryRunner.query("CREATE INDEX \"IDX_payment_anomaly_open\" ON \"payment_anomaly\" (\"acknowledgedAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_payment_anomaly_open\"");
    await queryRunner.query("DROP TABLE \"payment_anomaly\"");
  }
}
