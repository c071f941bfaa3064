import type Router from '@koa/router';
import { z } from 'zod';
import type { EmulatorConfig } from './config.js';
import { EmulatorError } from './errors.js';
import type { OrderRequest, Payments } from './payments.js';
import type { TradeType } from './store.js';
import { parseWith, bytes, fen, notifyUrl, outTradeNo, rfc3339 } from './validation.js';
import type { V3State } from './verify-request.js';
import { transactionJson } from './wechat-format.js';

const orderFields = {
  appid: z.string().min(1).max(32),
  mchid: z.string().min(1).max(32),
  description: bytes(1, 127),
  out_trade_no: outTradeNo,
  time_expire: rfc3339.optional(),
  attach: bytes(1, 128).optional(),
  notify_url: notifyUrl,
  amount: z.object({ total: fen, currency: z.literal('CNY', '目前只支持 CNY').optional() }),
};
const jsapiOrder = z.object({ ...orderFields, payer: z.object({ openid: z.string().min(1).max(128) }) });
const nativeOrder = z.object(orderFields);
const merchantQuery = z.object({ mchid: z.string().min(1) });
const closeBody = z.object({ mchid: z.string().min(1) });

/** The body's (or query's) mchid must be the merchant that signed the request. */
function checkMerchant(config: EmulatorConfig, mchid: string, appid?: string): void {
  if (mchid !== config.merchant.mchid) throw new EmulatorError(400, 'PARAM_ERROR', `mchid ${mchid} 与 Authorization 中的商户号不一致`);
  if (appid !== undefined && appid !== config.merchant.appid) throw new EmulatorError(400, 'APPID_MCHID_NOT_MATCH', 'AppID和mch_id不匹配');
}

function orderRequest(config: EmulatorConfig, tradeType: TradeType, json: unknown): OrderRequest {
  const body = parseWith(nativeOrder, json, 'body');
  const payerOpenid = tradeType === 'JSAPI' ? parseWith(jsapiOrder, json, 'body').payer.openid : null;
  checkMerchant(config, body.mchid, body.appid);
  return {
    tradeType,
    appid: body.appid,
    mchid: body.mchid,
    description: body.description,
    outTradeNo: body.out_trade_no,
    timeExpire: body.time_expire ?? null,
    notifyUrl: body.notify_url,
    attach: body.attach ?? null,
    total: body.amount.total,
    currency: body.amount.currency ?? 'CNY',
    payerOpenid,
  };
}

/** JSAPI and Native ordering, transaction queries and closing. */
export function payRoutes(router: Router<V3State>, payments: Payments, config: EmulatorConfig): void {
  router.post('/v3/pay/transactions/jsapi', (ctx) => {
    const tx = payments.prepay(orderRequest(config, 'JSAPI', ctx.state.json));
    ctx.body = { prepay_id: tx.prepayId };
  });

  router.post('/v3/pay/transactions/native', (ctx) => {
    const tx = payments.prepay(orderRequest(config, 'NATIVE', ctx.state.json));
    ctx.body = { code_url: tx.codeUrl };
  });

  router.get('/v3/pay/transactions/out-trade-no/:outTradeNo', (ctx) => {
    checkMerchant(config, parseWith(merchantQuery, ctx.query, 'query').mchid);
    ctx.body = transactionJson(payments.byOutTradeNo(ctx.params.outTradeNo!));
  });

  router.get('/v3/pay/transactions/id/:transactionId', (ctx) => {
    checkMerchant(config, parseWith(merchantQuery, ctx.query, 'query').mchid);
    ctx.body = transactionJson(payments.byTransactionId(ctx.params.transactionId!));
  });

  router.post('/v3/pay/transactions/out-trade-no/:outTradeNo/close', (ctx) => {
    checkMerchant(config, parseWith(closeBody, ctx.state.json, 'body').mchid);
    payments.close(ctx.params.outTradeNo!);
    ctx.status = 204;
  });
}
