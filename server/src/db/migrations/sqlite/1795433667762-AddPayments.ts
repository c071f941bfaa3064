import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayments1795433667762 implements MigrationInterface {
  name = 'AddPayments1795433667762';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"payment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"memberId\" integer, \"method\" varchar(12) NOT NULL, \"outTradeNo\" varchar(32) NOT NULL, \"amount\" integer NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('pending'), \"prepayId\" varchar(64), \"codeUrl\" varchar(255), \"openid\" varchar(64), \"transactionId\" varchar(64), \"refundedAmount\" integer NOT NULL DEFAULT (0), \"expiresAt\" datetime(6) NOT NULL, \"paidAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_cc3395430a87b6584766f6c376a\" UNIQUE (\"outTradeNo\"), CONSTRAINT \"UQ_payment_order_method\" UNIQUE (\"orderId\", \"method\"))");
    await queryRunner.query("CREATE INDEX \"IDX_payment_status_created\" ON \"payment\" (\"status\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"refund\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"paymentId\" integer NOT NULL, \"outRefundNo\" varchar(64) NOT NULL, \"amount\" integer NOT NULL, \"reason\" varchar(80) NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('processing'), \"refundId\" varchar(64), \"lines\" text NOT NULL, \"succeededAt\" datetime(6), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_9e62264e3f285c650f1f85bc901\" UNIQUE (\"outRefundNo\"))");
    await queryRunner.query("CREATE INDEX \"IDX_refund_order\" ON \"refund\" (\"orderId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_refund_status_created\" ON \"refund\" (\"status\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"payment_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"paymentId\" integer NOT NULL, \"orderId\" integer NOT NULL, \"kind\" varchar(24) NOT NULL, \"amount\" integer NOT NULL, \"reference\" varchar(64) NOT NULL DEFAULT (''), \"source\" varchar(32) NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_payment_event_order\" ON \"payment_event\" (\"orderId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_payment_event_payment\" ON \"payment_event\" (\"paymentId\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_payment_event_payment\"");
    await queryRunner.query("DROP INDEX \"IDX_payment_event_order\"");
    await queryRunner.query("DROP TABLE \"payment_event\"");
    await queryRunner.query("DROP INDEX \"IDX_refund_status_created\"");
    await queryRunner.query("DROP INDEX \"IDX_refund_order\"");
    await queryRunner.query("DROP TABLE \"refund\"");
    await queryRunner.query("DROP INDEX \"IDX_payment_status_created\"");
    await queryRunner.query("DROP TABLE \"payment\"");
  }
}
