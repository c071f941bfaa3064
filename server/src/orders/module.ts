import type { ModuleDefinition } from '../module-definition.js';
import { OrderEntity } from './order.entity.js';
import { OrderItemEntity } from './order-item.entity.js';
import { OrderEventEntity } from './order-event.entity.js';
import { orderRoutes } from './orders.routes.js';
import { adminOrderRoutes } from './admin-orders.routes.js';
import { unpaidOrderTimeoutJob } from './unpaid-timeout.job.js';
import { autoConfirmReceiptJob } from './auto-confirm.job.js';

/** The orders module: placing, paying, cancelling and completing orders, with their lifecycle hooks. */
export const ordersModule: ModuleDefinition = {
  name: 'orders',
  entities: [OrderEntity, OrderItemEntity, OrderEventEntity],
  routes: [orderRoutes, adminOrderRoutes],
  jobs: [unpaidOrderTimeoutJob, autoConfirmReceiptJob],
};
