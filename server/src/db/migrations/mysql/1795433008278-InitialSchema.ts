import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795433008278 implements MigrationInterface {
  name = 'InitialSchema1795433008278';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `category` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(40) NOT NULL, `name` varchar(60) NOT NULL, `icon` varchar(255) NULL, `sortOrder` int NOT NULL DEFAULT '0', `isActive` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_category_active_sort` (`isActive`, `sortOrder`), UNIQUE INDEX `IDX_652a15c02538138f021f1320de` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product` (`id` int NOT NULL AUTO_INCREMENT, `categoryId` int NOT NULL, `title` varchar(120) NOT NULL, `subtitle` varchar(200) NOT NULL DEFAULT '', `description` text NOT NULL, `specs` text NOT NULL, `images` text NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'off_shelf', `minPrice` int NOT NULL DEFAULT '0', `sales` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_product_status_category_id` (`status`, `categoryId`, `id`), INDEX `IDX_product_status_price_id` (`status`, `minPrice`, `id`), INDEX `IDX_product_status_sales_id` (`status`, `sales`, `id`), INDEX `IDX_product_status_created_id` (`status`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sku` (`id` int NOT NULL AUTO_INCREMENT, `productId` int NOT NULL, `code` varchar(64) NOT NULL, `specValues` text NOT NULL, `price` int NOT NULL, `memberPrice` int NULL, `isActive` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_sku_product` (`productId`), UNIQUE INDEX `IDX_19ec6e4f8253df824722c3b8ab` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock_location` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(40) NOT NULL, `name` varchar(80) NOT NULL, `kind` varchar(16) NOT NULL, `storeId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_eb4dd13579b6026ed0449f7a24` (`code`), UNIQUE INDEX `IDX_856f15bac3fa69620d66e4d605` (`storeId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock` (`id` int NOT NULL AUTO_INCREMENT, `skuId` int NOT NULL, `locationId` int NOT NULL, `onHand` int NOT NULL DEFAULT '0', `reserved` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_stock_location` (`locationId`), UNIQUE INDEX `UQ_stock_sku_location` (`skuId`, `locationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock_movement` (`id` int NOT NULL AUTO_INCREMENT, `skuId` int NOT NULL, `locationId` int NOT NULL, `kind` varchar(16) NOT NULL, `onHandDelta` int NOT NULL, `reservedDelta` int NOT NULL, `reason` varchar(200) NOT NULL, `orderId` int NULL, `actor` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_stock_movement_sku_location` (`skuId`, `locationId`, `id`), INDEX `IDX_stock_movement_location` (`locationId`, `id`), INDEX `IDX_stock_movement_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reservation` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `skuId` int NOT NULL, `locationId` int NOT NULL, `quantity` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'reserved', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_reservation_order` (`orderId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `store` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(40) NOT NULL, `name` varchar(80) NOT NULL, `city` varchar(40) NOT NULL, `district` varchar(40) NOT NULL, `address` varchar(200) NOT NULL, `latitude` double NOT NULL, `longitude` double NOT NULL, `phone` varchar(40) NOT NULL, `openingHours` varchar(60) NOT NULL, `deliveryRadiusMeters` int NOT NULL DEFAULT '3000', `pickupEnabled` tinyint NOT NULL DEFAULT 1, `isActive` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_40c711bd10299557bc2bc49720` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `staff_account` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(64) NOT NULL, `passwordHash` varchar(255) NOT NULL, `displayName` varchar(60) NOT NULL, `role` varchar(20) NOT NULL, `storeId` int NULL, `isActive` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_staff_account_store` (`storeId`), UNIQUE INDEX `IDX_a7c945e39de97ad2b20e719fc2` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member` (`id` int NOT NULL AUTO_INCREMENT, `openid` varchar(64) NOT NULL, `unionid` varchar(64) NULL, `nickname` varchar(60) NOT NULL DEFAULT '', `avatarUrl` varchar(255) NULL, `phone` varchar(20) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_member_phone` (`phone`), UNIQUE INDEX `IDX_4ec74c39ff606987e53d7e6057` (`openid`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `address` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `recipientName` varchar(40) NOT NULL, `phone` varchar(20) NOT NULL, `province` varchar(40) NOT NULL, `city` varchar(40) NOT NULL, `district` varchar(40) NOT NULL, `detail` varchar(200) NOT NULL, `latitude` double NULL, `longitude` double NULL, `isDefault` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_address_member` (`memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `cart_item` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `skuId` int NOT NULL, `quantity` int NOT NULL, `selected` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_cart_item_member_sku` (`memberId`, `skuId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `shop_order` (`id` int NOT NULL AUTO_INCREMENT, `orderNo` varchar(20) NOT NULL, `memberId` int NULL, `status` varchar(24) NOT NULL, `fulfillmentType` varchar(16) NOT NULL, `storeId` int NULL, `stockLocationId` int NOT NULL, `address` text NULL, `channel` varchar(32) NOT NULL, `staffId` int NULL, `itemsTotal` int NOT NULL, `discountTotal` int NOT NULL, `shippingFee` int NOT NULL, `payableTotal` int NOT NULL, `discounts` text NOT NULL, `buyerNote` varchar(200) NOT NULL DEFAULT '', `idempotencyScope` varchar(40) NULL, `idempotencyKey` varchar(80) NULL, `requestHash` varchar(64) NULL, `payDeadline` datetime(6) NOT NULL, `paidAt` datetime(6) NULL, `cancelledAt` datetime(6) NULL, `cancelReason` varchar(200) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_order_member_status_id` (`memberId`, `status`, `id`), INDEX `IDX_order_member_id` (`memberId`, `id`), INDEX `IDX_order_status_deadline` (`status`, `payDeadline`), INDEX `IDX_order_created_id` (`createdAt`, `id`), INDEX `IDX_order_channel_created` (`channel`, `createdAt`), INDEX `IDX_order_store_created` (`storeId`, `createdAt`), UNIQUE INDEX `IDX_d1b920aa8b81a071141f1de1a4` (`orderNo`), UNIQUE INDEX `UQ_order_idempotency` (`idempotencyScope`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `order_item` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `productId` int NOT NULL, `skuId` int NOT NULL, `title` varchar(120) NOT NULL, `specText` varchar(120) NOT NULL, `image` varchar(255) NULL, `quantity` int NOT NULL, `listPrice` int NOT NULL, `unitPrice` int NOT NULL, `discounts` text NOT NULL, `discountTotal` int NOT NULL, `payable` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_order_item_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `order_event` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `fromStatus` varchar(24) NULL, `toStatus` varchar(24) NOT NULL, `actor` varchar(64) NOT NULL, `note` varchar(200) NOT NULL DEFAULT '', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_order_event_order` (`orderId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `job_lease` (`name` varchar(64) NOT NULL, `owner` varchar(64) NULL, `leaseUntil` datetime(6) NOT NULL, `lastRunAt` datetime(6) NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `job_lease`");
    await queryRunner.query("DROP INDEX `IDX_order_event_order` ON `order_event`");
    await queryRunner.query("DROP TABLE `order_event`");
    await queryRunner.query("DROP INDEX `IDX_order_item_order` ON `order_item`");
    await queryRunner.query("DROP TABLE `order_item`");
    await queryRunner.query("DROP INDEX `UQ_order_idempotency` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_d1b920aa8b81a071141f1de1a4` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_store_created` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_channel_created` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_created_id` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_status_deadline` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_member_id` ON `shop_order`");
    await queryRunner.query("DROP INDEX `IDX_order_member_status_id` ON `shop_order`");
    await queryRunner.query("DROP TABLE `shop_order`");
    await queryRunner.query("DROP INDEX `UQ_cart_item_member_sku` ON `cart_item`");
    await queryRunner.query("DROP TABLE `cart_item`");
    await queryRunner.query("DROP INDEX `IDX_address_member` ON `address`");
    await queryRunner.query("DROP TABLE `address`");
    await queryRunner.query("DROP INDEX `IDX_4ec74c39ff606987e53d7e6057` ON `member`");
    await queryRunner.query("DROP INDEX `IDX_member_phone` ON `member`");
    await queryRunner.query("DROP TABLE `member`");
    await queryRunner.query("DROP INDEX `IDX_a7c945e39de97ad2b20e719fc2` ON `staff_account`");
    await queryRunner.query("DROP INDEX `IDX_staff_account_store` ON `staff_account`");
    await queryRunner.query("DROP TABLE `staff_account`");
    await queryRunner.query("DROP INDEX `IDX_40c711bd10299557bc2bc49720` ON `store`");
    await queryRunner.query("DROP TABLE `store`");
    await queryRunner.query("DROP INDEX `IDX_reservation_order` ON `reservation`");
    await queryRunner.query("DROP TABLE `reservation`");
    await queryRunner.query("DROP INDEX `IDX_stock_movement_order` ON `stock_movement`");
    await queryRunner.query("DROP INDEX `IDX_stock_movement_location` ON `stock_movement`");
    await queryRunner.query("DROP INDEX `IDX_stock_movement_sku_location` ON `stock_movement`");
    await queryRunner.query("DROP TABLE `stock_movement`");
    await queryRunner.query("DROP INDEX `UQ_stock_sku_location` ON `stock`");
    await queryRunner.query("DROP INDEX `IDX_stock_location` ON `stock`");
    await queryRunner.query("DROP TABLE `stock`");
    await queryRunner.query("DROP INDEX `IDX_856f15bac3fa69620d66e4d605` ON `stock_location`");
    await queryRunner.query("DROP INDEX `IDX_eb4dd13579b6026ed0449f7a24` ON `stock_location`");
    await queryRunner.query("DROP TABLE `stock_location`");
    await queryRunner.query("DROP INDEX `IDX_19ec6e4f8253df824722c3b8ab` ON `sku`");
    await queryRunner.query("DROP INDEX `IDX_sku_product` ON `sku`");
    await queryRunner.query("DROP TABLE `sku`");
    await queryRunner.query("DROP INDEX `IDX_product_status_created_id` ON `product`");
    await queryRunner.query("DROP INDEX `IDX_product_status_sales_id` ON `product`");
    await queryRunner.query("DROP INDEX `IDX_product_status_price_id` ON `product`");
    await queryRunner.query("DROP INDEX `IDX_product_status_category_id` ON `product`");
    await queryRunner.query("DROP TABLE `product`");
    await queryRunner.query("DROP INDEX `IDX_652a15c02538138f021f1320de` ON `category`");
    await queryRunner.query("DROP INDEX `IDX_category_active_sort` ON `category`");
    await queryRunner.query("DROP TABLE `category`");
  }
}
