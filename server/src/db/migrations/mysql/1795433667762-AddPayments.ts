import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayments1795433667762 implements MigrationInterface {
  name = 'AddPayments1795433667762';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `payment` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `memberId` int NULL, `method` varchar(12) NOT NULL, `outTradeNo` varchar(32) NOT NULL, `amount` int NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'pending', `prepayId` varchar(64) NULL, `codeUrl` varchar(255) NULL, `openid` varchar(64) NULL, `transactionId` varchar(64) NULL, `refundedAmount` int NOT NULL DEFAULT '0', `expiresAt` datetime(6) NOT NULL, `paidAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_payment_status_created` (`status`, `createdAt`), UNIQUE INDEX `IDX_cc3395430a87b6584766f6c376` (`outTradeNo`), UNIQUE INDEX `UQ_payment_order_method` (`orderId`, `method`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `refund` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `paymentId` int NOT NULL, `outRefundNo` varchar(64) NOT NULL, `amount` int NOT NULL, `reason` varchar(80) NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'processing', `refundId` varchar(64) NULL, `lines` text NOT NULL, `succeededAt` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_refund_order` (`orderId`), INDEX `IDX_refund_status_created` (`status`, `createdAt`), UNIQUE INDEX `IDX_9e62264e3f285c650f1f85bc90` (`outRefundNo`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `payment_event` (`id` int NOT NULL AUTO_INCREMENT, `paymentId` int NOT NULL, `orderId` int NOT NULL, `kind` varchar(24) NOT NULL, `amount` int NOT NULL, `reference` varchar(64) NOT NULL DEFAULT '', `source` varchar(32) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_payment_event_order` (`orderId`, `id`), INDEX `IDX_payment_event_payment` (`paymentId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_payment_event_payment` ON `payment_event`");
    await queryRunner.query("DROP INDEX `IDX_payment_event_order` ON `payment_event`");
    await queryRunner.query("DROP TABLE `payment_event`");
    await queryRunner.query("DROP INDEX `IDX_9e62264e3f285c650f1f85bc90` ON `refund`");
    await queryRunner.query("DROP INDEX `IDX_refund_status_created` ON `refund`");
    await queryRunner.query("DROP INDEX `IDX_refund_order` ON `refund`");
    await queryRunner.query("DROP TABLE `refund`");
    await queryRunner.query("DROP INDEX `UQ_payment_order_method` ON `payment`");
    await queryRunner.query("DROP INDEX `IDX_cc3395430a87b6584766f6c376` ON `payment`");
    await queryRunner.query("DROP INDEX `IDX_payment_status_created` ON `payment`");
    await queryRunner.query("DROP TABLE `payment`");
  }
}
