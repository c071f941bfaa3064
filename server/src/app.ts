import Koa from 'koa';
import Router from '@koa/router';
import type { AppState } from './http/context.js';
import type { RouteModule } from './http/router.js';
import type { Services } from './services.js';
import { errorsAndLogging } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { storefrontScriptHashes } from './http/storefront-csp.js';
import { jsonBody } from './http/json-body.js';
import { authenticate } from './http/auth.js';
import { staticImages, storefront } from './http/static-files.js';
import { healthRoutes } from './http/health.routes.js';
import { memberAuthRoutes } from './membership/auth.routes.js';
import { staffAuthRoutes } from './stores/staff-auth.routes.js';
import { storeRoutes } from './stores/stores.routes.js';
import { adminStoreRoutes } from './stores/admin-stores.routes.js';
import { teamRoutes } from './stores/team/team.routes.js';
import { addressRoutes } from './membership/address.routes.js';
import { catalogRoutes } from './catalog/catalog.routes.js';
import { adminCatalogRoutes } from './catalog/admin-catalog.routes.js';
import { adminStockRoutes } from './inventory/admin-stock.routes.js';
import { staffStockRoutes } from './inventory/staff-stock.routes.js';
import { cartRoutes } from './cart/cart.routes.js';
import { orderRoutes } from './orders/orders.routes.js';
import { adminOrderRoutes } from './orders/admin-orders.routes.js';
import { NOTIFY_PATHS, paymentRoutes } from './payments/payments.routes.js';
import { adminRefundRoutes } from './payments/admin-refunds.routes.js';
import { adminPaymentAnomalyRoutes } from './payments/admin-payment-anomalies.routes.js';
import { wechatNotifyAnswers } from './payments/notification-endpoint.js';
import { couponRoutes } from './coupons/coupons.routes.js';
import { adminCouponRoutes } from './coupons/admin-coupons.routes.js';
import { staffCouponRoutes } from './coupons/staff-coupons.routes.js';
import { memberRoutes } from './membership/members.routes.js';
import { counterRoutes } from './stores/counter/counter.routes.js';
import { adminMemberRoutes } from './membership/admin-members.routes.js';

import { groupbuyRoutes } from './groupbuy/groupbuy.routes.js';
import { staffOrderRoutes } from './stores/staff-orders.routes.js';
import { adminGroupbuyRoutes } from './groupbuy/admin-groupbuy.routes.js';
import { attributionRoutes } from './stores/attribution/attribution.routes.js';

const apiModules: RouteModule[] = [
  memberAuthRoutes,
  staffAuthRoutes,
  storeRoutes,
  adminStoreRoutes,
  teamRoutes,
  addressRoutes,
  catalogRoutes,
  adminCatalogRoutes,
  adminStockRoutes,
  staffStockRoutes,
  cartRoutes,
  orderRoutes,
  adminOrderRoutes,
  paymentRoutes,
  adminRefundRoutes,
  adminPaymentAnomalyRoutes,
  couponRoutes,
  adminCouponRoutes,
  staffCouponRoutes,
  memberRoutes,
  counterRoutes,
  adminMemberRoutes,
  groupbuyRoutes,
  staffOrderRoutes,
  adminGroupbuyRoutes,
  attributionRoutes,
];

/** The Koa app: middleware chain plus every module's routes under /api/v1. */
export function createApp(services: Services): Koa<AppState> {
  // X-Forwarded-* count only behind a proxy of ours (TRUST_PROXY); then ctx.ip is the address
  // that proxy appended (the last one), never one the client wrote in front of it.
  const app = new Koa<AppState>({ proxy: services.config.trustProxy, maxIpsCount: 1 });
  app.silent = true; // errors are logged once, as JSON, by errorsAndLogging

  const api = new Router<AppState>({ prefix: '/api/v1' });
  for (const register of apiModules) register(api, services);
  const health = healthRoutes(services);

  app.use(securityHeaders({ storefrontScriptHashes: storefrontScriptHashes(services.config.h5Dir) }));
  app.use(errorsAndLogging(services.logger));
  app.use(staticImages(services.config.publicDir));
  app.use(health.routes());
  app.use(storefront(services.config.h5Dir));
  // WeChat Pay's notify routes answer refusals of their body in WeChat's shape, not ours.
  app.use(wechatNotifyAnswers(NOTIFY_PATHS, services.logger));
  app.use(authenticate(services.tokens));
  app.use(jsonBody());
  app.use(api.routes());
  app.use(api.allowedMethods({ throw: true }));
  return app;
}
