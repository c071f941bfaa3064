import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUncollectedPickupPolicy1795447635737 implements MigrationInterface {
  name = 'AddUncollectedPickupPolicy1795447635737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_store\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"city\" varchar(40) NOT NULL, \"district\" varchar(40) NOT NULL, \"address\" varchar(200) NOT NULL, \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"phone\" varchar(40) NOT NULL, \"openingHours\" varchar(60) NOT NULL, \"deliveryRadiusMeters\" integer NOT NULL DEFAULT (3000), \"pickupEnabled\" boolean NOT NULL DEFAULT (1), \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"cancelUncollectedPickups\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"UQ_40c711bd10299557bc2bc497206\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"temporary_store\"(\"id\", \"code\", \"name\", \"city\", \"district\", \"address\", \"latitude\", \"longitude\", \"phone\", \"openingHours\", \"deliveryRadiusMeters\", \"pickupEnabled\", \"isActive\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"city\", \"district\", \"address\", \"latitude\", \"longitude\", \"phone\", \"openingHours\", \"deliveryRadiusMeters\", \"pickupEnabled\", \"isActive\", \"createdAt\", \"updatedAt\" FROM \"store\"");
    await queryRunner.query("DROP TABLE \"store\"");
    await queryRunner.query("ALTER TABLE \"temporary_store\" RENAME TO \"store\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"store\" RENAME TO \"temporary_store\"");
    await queryRunner.query("CREATE TABLE \"store\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(80) NOT NULL, \"city\" varchar(40) NOT NULL, \"district\" varchar(40) NOT NULL, \"address\" varchar(200) NOT NULL, \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"phone\" varchar(40) NOT NULL, \"openingHours\" varchar(60) NOT NULL, \"deliveryRadiusMeters\" integer NOT NULL DEFAULT (3000), \"pickupEnabled\" boolean NOT NULL DEFAULT (1), \"isActive\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_40c711bd10299557bc2bc497206\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"store\"(\"id\", \"code\", \"name\", \"city\", \"district\", \"address\", \"latitude\", \"longitude\", \"phone\", \"openingHours\", \"deliveryRadiusMeters\", \"pickupEnabled\", \"isActive\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"city\", \"district\", \"address\", \"latitude\", \"longitude\", \"phone\", \"openingHours\", \"deliveryRadiusMeters\", \"pickupEnabled\", \"isActive\", \"createdAt\", \"updatedAt\" FROM \"temporary_store\"");
    await queryRunner.query("DROP TABLE \"temporary_store\"");
  }
}
