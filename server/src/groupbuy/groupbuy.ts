import type { DataSource } from 'typeorm';
import type { Logger } from '../platform/logger.js';
import type { OrdersService } from '../orders/orders.service.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import type { RefundsService } from '../payments/refunds.service.js';
import type { SkuCatalog } from '../catalog/sku-catalog.js';
import { CampaignsService } from './campaigns.service.js';
import { GroupsService } from './groups.service.js';
import { GroupOutcomes } from './group-outcomes.js';

/** The group-buy module: campaigns, groups, and how groups end (registered as order lifecycle hooks). */
export interface Groupbuy {
  campaigns: CampaignsService;
  groups: GroupsService;
  outcomes: GroupOutcomes;
}

export function createGroupbuy(dataSource: DataSource, skus: SkuCatalog, orders: OrdersService, lifecycle: OrderLifecycle, refunds: RefundsService, logger: Logger): Groupbuy {
  const outcomes = new GroupOutcomes(dataSource, orders, refunds, logger);
  lifecycle.subscribe(outcomes);
  return { campaigns: new CampaignsService(dataSource, skus), groups: new GroupsService(dataSource, orders), outcomes };
}
