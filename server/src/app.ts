import Koa from 'koa';
import Router from '@koa/router';
import type { AppState } from './http/context.js';
import type { Services } from './services.js';
import { errorsAndLogging } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { storefrontScriptHashes } from './http/storefront-csp.js';
import { jsonBody } from './http/json-body.js';
import { authenticate } from './http/auth.js';
import { staticImages, storefront } from './http/static-files.js';
import { healthRoutes } from './http/health.routes.js';
import { NOTIFY_PATHS } from './payments/payments.routes.js';
import { wechatNotifyAnswers } from './payments/notification-endpoint.js';
import { modules } from './modules.js';

/** The Koa app: middleware chain plus every module's routes under /api/v1. */
export function createApp(services: Services): Koa<AppState> {
  // X-Forwarded-* count only behind a proxy of ours (TRUST_PROXY); then ctx.ip is the address
  // that proxy appended (the last one), never one the client wrote in front of it.
  const app = new Koa<AppState>({ proxy: services.config.trustProxy, maxIpsCount: 1 });
  app.silent = true; // errors are logged once, as JSON, by errorsAndLogging

  const api = new Router<AppState>({ prefix: '/api/v1' });
  for (const register of modules.flatMap((module) => module.routes)) register(api, services);
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
