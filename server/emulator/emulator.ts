import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import Router from '@koa/router';
import { AUTH_SCHEME, signResponseHeaders } from '../src/wechat/pay-protocol.js';
import { certificateRoutes } from './certificate-routes.js';
import { resolveConfig, type EmulatorOptions } from './config.js';
import { cashierRoutes, cashierTransaction } from './cashier-page.js';
import { controlRoutes } from './control-routes.js';
import { requireControlToken } from './control-token.js';
import { loginRoutes, type SubscribeMessageRecord } from './login-routes.js';
import { Notifier } from './notifier.js';
import { payRoutes } from './pay-routes.js';
import { Payments, type PayOptions } from './payments.js';
import { refundRoutes } from './refund-routes.js';
import { Refunds } from './refunds.js';
import { signedResponses } from './signed-responses.js';
import { smsRoutes, type SmsRecord } from './sms-routes.js';
import { EmulatorStore, type NotificationRecord, type RefundRecord, type TransactionRecord } from './store.js';
import { verifyMerchantRequest, type V3State } from './verify-request.js';

export type { EmulatorOptions } from './config.js';
export type { NotificationRecord, RefundRecord, TransactionRecord } from './store.js';
export type { PayOptions } from './payments.js';
export type { SmsRecord } from './sms-routes.js';
export { EmulatorError } from './errors.js';

export interface WechatEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /**
   * What /_emulator/... and /cashier require (`X-Emulator-Token` or `?token=`); a cashier link
   * carries cashierLinkToken(controlToken, outTradeNo) instead, good for that transaction's
   * cashier page and pay/fail only. The methods below act in-process and need none.
   */
  controlToken: string;
  close(): Promise<void>;
  /** The payer pays (TRANSACTION.SUCCESS is sent per `delivery`); rejects when not payable. */
  pay(outTradeNo: string, options?: PayOptions): Promise<void>;
  /** The payment attempt failed: trade_state PAYERROR (it can still be paid afterwards). */
  fail(outTradeNo: string): Promise<void>;
  /** The prepay runs out as if past time_expire: stays NOTPAY but can no longer be paid. */
  expire(outTradeNo: string): Promise<void>;
  transaction(outTradeNo: string): TransactionRecord | null;
  refund(outRefundNo: string): RefundRecord | null;
  /** Every delivery attempt, oldest first. */
  notifications(): NotificationRecord[];
  /** Unpaid prepays that can still be paid. */
  pendingPrepays(): TransactionRecord[];
  /** Subscribe messages (订阅消息) sent through the mini-program API, oldest first. */
  subscribeMessages(): SubscribeMessageRecord[];
  /** Texts sent through the SMS provider API (to one phone when given), oldest first. */
  texts(phone?: string): SmsRecord[];
}

/** Starts the local WeChat Pay (and jscode2session) emulator. */
export async function startWechatEmulator(options: EmulatorOptions = {}): Promise<WechatEmulator> {
  const config = resolveConfig(options);
  const dataFile = config.dataFile ?? join(tmpdir(), `wechat-emulator-${randomUUID()}.sqlite`);
  const store = new EmulatorStore(dataFile);
  const sign = (body: string) => ({ ...signResponseHeaders(body, config.responseSerial, config.platform.privateKey), 'Wechatpay-Signature-Type': AUTH_SCHEME });
  const notifier = new Notifier(store, sign, config.notifyRetryDelaysMs, config.notifyTimeoutMs);
  const payments = new Payments(store, notifier, config);
  const refunds = new Refunds(store, notifier, config);
  refunds.resumeProcessing();

  const v3 = new Router<V3State>();
  payRoutes(v3, payments, config);
  refundRoutes(v3, refunds);
  certificateRoutes(v3, config);
  const open = new Router();
  const miniProgram = loginRoutes(open, config);
  const sms = smsRoutes(open);
  controlRoutes(open, { store, payments, refunds });
  cashierRoutes(open, { store, merchantName: options.merchantName ?? `测试商户（${config.merchant.mchid}）`, controlToken: config.controlToken });

  // APIv3 is its own app so that every /v3 answer, unknown paths included, is verified and signed.
  const wechatPay = new Koa<V3State>();
  wechatPay.silent = true;
  wechatPay.use(signedResponses(sign));
  wechatPay.use(verifyMerchantRequest(config));
  wechatPay.use(v3.routes());
  const handleWechatPay = wechatPay.callback();
  const app = new Koa();
  app.silent = true;
  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/v3/')) return next();
    ctx.respond = false;
    await handleWechatPay(ctx.req, ctx.res);
  });
  app.use(requireControlToken(config.controlToken, (query) => cashierTransaction(store, query)?.outTradeNo ?? null));
  app.use(open.routes());
  app.use(open.allowedMethods());

  const removeDataFile = () => {
    if (!config.dataFile) for (const suffix of ['', '-wal', '-shm']) rmSync(dataFile + suffix, { force: true });
  };
  const server: Server = app.listen(config.port, config.host);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    refunds.close();
    store.close();
    removeDataFile();
    throw error;
  }
  const { port } = server.address() as AddressInfo;

  // The control methods are synchronous underneath; async turns their refusals into rejections.
  const control = async (action: () => unknown): Promise<void> => {
    action();
  };
  let closing: Promise<void> | null = null;
  return {
    url: `http://${config.host}:${port}`,
    controlToken: config.controlToken,
    close() {
      closing ??= (async () => {
        refunds.close();
        await notifier.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        store.close();
        removeDataFile();
      })();
      return closing;
    },
    pay: (outTradeNo, payOptions) => control(() => payments.pay(outTradeNo, payOptions)),
    fail: (outTradeNo) => control(() => payments.fail(outTradeNo)),
    expire: (outTradeNo) => control(() => payments.expire(outTradeNo)),
    transaction: (outTradeNo) => store.transaction(outTradeNo),
    subscribeMessages: () => miniProgram.subscribeMessages(),
    texts: (phone) => sms.texts(phone),
    refund: (outRefundNo) => store.refund(outRefundNo),
    notifications: () => store.notifications(),
    pendingPrepays: () => payments.pending(),
  };
}
