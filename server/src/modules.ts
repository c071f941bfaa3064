import type { ModuleDefinition } from './module-definition.js';
import { RateLimitWindowEntity } from './platform/rate-limit.entity.js';
import { jobsModule } from './jobs/module.js';
import { paymentsModule } from './payments/module.js';
import { ordersModule } from './orders/module.js';
import { groupbuyModule } from './groupbuy/module.js';
import { couponsModule } from './coupons/module.js';
import { membershipModule } from './membership/module.js';
import { catalogModule } from './catalog/module.js';
import { inventoryModule } from './inventory/module.js';
import { cartModule } from './cart/module.js';
import { storesModule } from './stores/module.js';
import { notificationsModule } from './notifications/module.js';

/**
 * The shop's business modules. The order is the order of their jobs on each tick:
 * - payments first: an order whose payment WeChat completed must be paid, not timed out;
 * - notifications last: they send what the other jobs queued in the same tick.
 */
export const modules: readonly ModuleDefinition[] = [
  paymentsModule,
  ordersModule,
  groupbuyModule,
  couponsModule,
  membershipModule,
  catalogModule,
  inventoryModule,
  cartModule,
  storesModule,
  jobsModule,
  notificationsModule,
];

/** Every table: the kernel's own (rate-limit windows) and each module's. */
export const entities = [RateLimitWindowEntity, ...modules.flatMap((module) => module.entities)];
