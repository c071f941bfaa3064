import type { Middleware } from 'koa';
import { AppError } from '@shop/shared';
import type { AppConfig } from '../config.js';
import type { AppContext, AppState } from '../http/context.js';
import type { Logger } from '../platform/logger.js';
import type { WechatPayClient } from '../wechat/pay-client.js';
import { signedHeadersOf } from '../wechat/platform-keys.js';
import { MalformedResource, NotificationRejected, PaymentAnomaly, openNotification, type OpenedNotification, type PaymentAnomalyFacts } from './notification.js';
import { resourceSummary } from './notification-summary.js';
import { ANOMALY_ALERT, type AnomalyReport, type PaymentAnomaliesService } from './payment-anomalies.service.js';

/** WeChat's answer when it should retry (or stop sending a forgery). */
interface WechatFail {
  code: 'FAIL';
  message: string;
}

export interface NotificationDeps {
  wechatPay: WechatPayClient;
  config: AppConfig;
  logger: Logger;
  paymentAnomalies: PaymentAnomaliesService;
}

/**
 * A WeChat Pay notify route. WeChat's contract: 204 (or 200) when handled, otherwise a 4xx/5xx
 * with {"code":"FAIL"} and WeChat retries on its schedule. A genuine notification we can never
 * apply (a PaymentAnomaly) is acknowledged, since retrying would not help, but only once it is
 * recorded for people and alerted on, and `recorded` has taken the payment out of the retry
 * loop where that applies; if either fails, WeChat is asked to retry (the anomaly stays one row,
 * alerted once).
 */
export function notificationEndpoint(
  deps: NotificationDeps,
  associatedData: 'transaction' | 'refund',
  apply: (resource: Record<string, unknown>) => Promise<unknown>,
  recorded?: (facts: PaymentAnomalyFacts) => Promise<void>,
) {
  const { wechatPay, config, logger, paymentAnomalies } = deps;
  return async (ctx: AppContext) => {
    let opened: OpenedNotification | undefined;
    try {
      opened = openNotification(ctx.state.rawBody ?? '', signedHeadersOf((name) => ctx.get(name) || undefined), wechatPay.platformKeys, config.wechatPay.apiV3Key, associatedData);
      await apply(opened.resource);
      ctx.status = 204;
    } catch (error) {
      const report = error instanceof PaymentAnomaly ? anomalyReport(error, opened) : null;
      if (report) {
        await recordAnomaly(ctx, report, error);
        return;
      }
      const forged = error instanceof NotificationRejected;
      logger.warn({ err: error, path: ctx.path }, forged ? 'WeChat Pay notification rejected' : 'WeChat Pay notification not applied; WeChat will retry');
      fail(ctx, forged ? 401 : 500, forged ? 'signature verification failed' : 'not processed, retry later');
    }
  };

  async function recordAnomaly(ctx: AppContext, report: AnomalyReport, error: unknown): Promise<void> {
    const context = { path: ctx.path, notificationId: report.notificationId, ...report.facts };
    try {
      const { anomaly, created } = await paymentAnomalies.record(report);
      // One alert per anomaly: WeChat's retries of the same notification are only noted.
      if (created) logger.error({ alert: ANOMALY_ALERT, ...context, anomalyId: anomaly.id, err: error }, 'WeChat Pay notification cannot be applied; acknowledged and recorded as a payment anomaly');
      else logger.warn({ ...context, anomalyId: anomaly.id }, 'WeChat Pay resent a notification already recorded as a payment anomaly');
    } catch (recordError) {
      logger.error({ alert: ANOMALY_ALERT, ...context, err: recordError }, 'payment anomaly could not be recorded; WeChat will retry');
      fail(ctx, 500, 'not processed, retry later');
      return;
    }
    try {
      await recorded?.(report.facts);
      ctx.status = 204;
    } catch (holdError) {
      logger.warn({ ...context, err: holdError }, 'payment anomaly recorded, but its payment could not be held yet; WeChat will retry');
      fail(ctx, 500, 'not processed, retry later');
    }
  }
}

function anomalyReport(error: PaymentAnomaly, opened: OpenedNotification | undefined): AnomalyReport | null {
  if (error instanceof MalformedResource) {
    return { facts: error.facts, notificationId: error.notificationId, plaintext: error.plaintext, summary: { resource: error.facts.received ?? null } };
  }
  // A service's anomaly about a resource we opened; without one there is nothing genuine to record.
  if (!opened) return null;
  return { facts: error.facts, notificationId: opened.id, plaintext: opened.plaintext, summary: resourceSummary(opened.resource) };
}

function fail(ctx: { status: number; body: unknown }, status: number, message: string): void {
  ctx.status = status;
  const body: WechatFail = { code: 'FAIL', message };
  ctx.body = body;
}

/**
 * Before the body is read: on the notify routes every refusal (not JSON, another content type,
 * a body over the limit, a bad Authorization header) answers in WeChat's shape, not ours.
 */
export function wechatNotifyAnswers(paths: readonly string[], logger: Logger): Middleware<AppState> {
  const notifyPaths = new Set(paths);
  return async (ctx, next) => {
    if (!notifyPaths.has(ctx.path.replace(/\/+$/, ''))) return next();
    try {
      await next();
    } catch (error) {
      const known = error instanceof AppError ? error : null;
      const status = known?.status ?? httpStatusOf(error);
      if (status >= 500) logger.error({ err: error, path: ctx.path }, 'WeChat Pay notification failed');
      else logger.warn({ err: error, path: ctx.path }, 'WeChat Pay notification refused before it was read');
      fail(ctx, status, known?.message ?? 'not processed, retry later');
    }
  };
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
