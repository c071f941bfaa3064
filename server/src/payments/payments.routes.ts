import { idParamsSchema, payRequestSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import type { AppContext } from '../http/context.js';
import { requireMember, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';
import { signedHeadersOf } from '../wechat/platform-keys.js';
import type { WechatRefund, WechatTransaction } from '../wechat/pay-client.js';
import { NotificationRejected, PaymentAnomaly, openNotification } from './notification.js';
import { TRANSACTION_NOTIFY_PATH } from './payments.service.js';
import { REFUND_NOTIFY_PATH } from './refunds.service.js';

const API_PREFIX = '/api/v1';

export const paymentRoutes: RouteModule = (router, services) => {
  const { payments, refunds, wechatPay, config, logger } = services;

  router.post('/orders/:id/pay', requireRoles('consumer'), async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const { method } = validate(payRequestSchema, ctx.state.body);
    ctx.body = await payments.pay(requireMember(ctx.state.principal), id, method);
  });

  /**
   * WeChat's notification contract: 204 (or 200) when handled, otherwise a 4xx/5xx with
   * {"code":"FAIL"} and WeChat retries on its schedule.
   */
  const notification = (associatedData: string, apply: (resource: unknown) => Promise<unknown>) => async (ctx: AppContext) => {
    try {
      const opened = openNotification(ctx.state.rawBody ?? '', signedHeadersOf((name) => ctx.get(name) || undefined), wechatPay.platformKeys, config.wechatPay.apiV3Key, associatedData);
      await apply(opened.resource);
      ctx.status = 204;
    } catch (error) {
      if (error instanceof PaymentAnomaly) {
        logger.error({ err: error, path: ctx.path }, 'WeChat Pay notification cannot be applied; acknowledged so WeChat stops retrying');
        ctx.status = 204;
        return;
      }
      const forged = error instanceof NotificationRejected;
      logger.warn({ err: error, path: ctx.path }, forged ? 'WeChat Pay notification rejected' : 'WeChat Pay notification not applied; WeChat will retry');
      ctx.status = forged ? 401 : 500;
      ctx.body = { code: 'FAIL', message: forged ? 'signature verification failed' : 'not processed, retry later' };
    }
  };

  router.post(TRANSACTION_NOTIFY_PATH.slice(API_PREFIX.length), notification('transaction', (resource) => payments.applyPaidTransaction(resource as WechatTransaction, 'notify')));
  router.post(REFUND_NOTIFY_PATH.slice(API_PREFIX.length), notification('refund', (resource) => refunds.applyRefundResult(resource as WechatRefund, 'notify')));
};
