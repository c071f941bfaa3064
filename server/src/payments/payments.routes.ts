import { idParamsSchema, payRequestSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';
import type { WechatRefund, WechatTransaction } from '../wechat/pay-client.js';
import { notificationEndpoint } from './notification-endpoint.js';
import { TRANSACTION_NOTIFY_PATH } from './payments.service.js';
import { REFUND_NOTIFY_PATH } from './refunds.service.js';

const API_PREFIX = '/api/v1';

/** The WeChat Pay notify routes; their body errors answer in WeChat's shape (wechatNotifyAnswers). */
export const NOTIFY_PATHS: readonly string[] = [TRANSACTION_NOTIFY_PATH, REFUND_NOTIFY_PATH];

export const paymentRoutes: RouteModule = (router, services) => {
  const { payments, refunds } = services;

  router.post('/orders/:id/pay', requireRoles('consumer'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { method } = validate(payRequestSchema, ctx.state.body);
    ctx.body = await payments.pay(requireMember(ctx.state.principal), id, method);
  });

  // The resources are WeChat's JSON objects; the services check every field they rely on.
  router.post(
    TRANSACTION_NOTIFY_PATH.slice(API_PREFIX.length),
    notificationEndpoint(
      services,
      'transaction',
      (resource) => payments.applyPaidTransaction(resource as unknown as WechatTransaction, 'notify'),
      (facts) => payments.holdAfterNotifiedAnomaly(facts),
    ),
  );
  router.post(
    REFUND_NOTIFY_PATH.slice(API_PREFIX.length),
    notificationEndpoint(services, 'refund', (resource) => refunds.applyRefundNotification(resource as unknown as WechatRefund & { mchid?: string })),
  );
};
