import type { ModuleDefinition } from '../module-definition.js';
import { StockLocationEntity } from './stock-location.entity.js';
import { StockEntity } from './stock.entity.js';
import { StockMovementEntity } from './stock-movement.entity.js';
import { ReservationEntity } from './reservation.entity.js';
import { StockTransferEntity } from './stock-transfer.entity.js';
import { adminStockRoutes } from './admin-stock.routes.js';
import { staffStockRoutes } from './staff-stock.routes.js';

/** The inventory module: stock per location, reservations, movements and transfers. */
export const inventoryModule: ModuleDefinition = {
  name: 'inventory',
  entities: [StockLocationEntity, StockEntity, StockMovementEntity, ReservationEntity, StockTransferEntity],
  routes: [adminStockRoutes, staffStockRoutes],
  jobs: [],
};
