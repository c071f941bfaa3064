import { randomBytes, randomInt } from 'node:crypto';
import type { RefundRecord, TradeState, TransactionRecord } from './store.js';

/**
 * How WeChat Pay writes things on the wire: its identifiers, China-time RFC 3339 timestamps,
 * and the transaction and refund JSON of query answers and notification resources.
 */

const CHINA_OFFSET_MS = 8 * 3600_000;

/** 2026-11-23T20:30:00+08:00, as WeChat writes every time. */
export function chinaTime(at: string | Date): string {
  return `${new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

function compactChinaTime(at: Date): string {
  return chinaTime(at).slice(0, 19).replace(/\D/g, '');
}

function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

/** wx + yyyyMMddHHmmss + 22 characters, like wx201410272009395522657a690389285100. */
export function newPrepayId(now = new Date()): string {
  return `wx${compactChinaTime(now)}${randomBytes(11).toString('hex')}`;
}

export function newCodeUrl(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let code = '';
  for (let i = 0; i < 10; i++) code += alphabet[randomInt(alphabet.length)];
  return `weixin://wxpay/bizpayurl?pr=${code}`;
}

/** 28 digits, like 4200001234202611231234567890. */
export function newTransactionId(now = new Date()): string {
  return `420000${digits(4)}${compactChinaTime(now).slice(0, 8)}${digits(10)}`;
}

/** 29 digits starting with 50, like 50000000382019052709732678859. */
export function newRefundId(now = new Date()): string {
  return `50${digits(11)}${compactChinaTime(now).slice(0, 8)}${digits(8)}`;
}

const TRADE_STATE_DESC: Record<TradeState, string> = {
  SUCCESS: '支付成功',
  REFUND: '转入退款',
  NOTPAY: '订单未支付',
  CLOSED: '订单已关闭',
  PAYERROR: '支付失败，请重新下单支付',
};

export interface WechatTransactionJson {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: string;
  trade_state: TradeState;
  trade_state_desc: string;
  bank_type?: string;
  attach?: string;
  success_time?: string;
  payer?: { openid?: string };
  amount: { total: number; payer_total?: number; currency: string; payer_currency: string };
  promotion_detail?: unknown[];
}

/** The transaction as the query APIs answer it; payment facts appear only once paid. */
export function transactionJson(tx: TransactionRecord): WechatTransactionJson {
  const paid = tx.tradeState === 'SUCCESS' || tx.tradeState === 'REFUND';
  return {
    appid: tx.appid,
    mchid: tx.mchid,
    out_trade_no: tx.outTradeNo,
    ...(paid && tx.transactionId ? { transaction_id: tx.transactionId, trade_type: tx.tradeType, bank_type: 'OTHERS' } : {}),
    trade_state: tx.tradeState,
    trade_state_desc: TRADE_STATE_DESC[tx.tradeState],
    ...(paid && tx.attach !== null ? { attach: tx.attach } : {}),
    ...(paid && tx.successTime ? { success_time: chinaTime(tx.successTime) } : {}),
    payer: tx.payerOpenid ? { openid: tx.payerOpenid } : {},
    amount: { total: tx.total, ...(paid ? { payer_total: tx.total } : {}), currency: tx.currency, payer_currency: tx.currency },
    ...(paid ? { promotion_detail: [] } : {}),
  };
}

export const USER_RECEIVED_ACCOUNT = '支付用户零钱';

/** The refund as the refund APIs answer it. */
export function refundJson(refund: RefundRecord, tx: TransactionRecord) {
  return {
    refund_id: refund.refundId,
    out_refund_no: refund.outRefundNo,
    transaction_id: refund.transactionId,
    out_trade_no: refund.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: USER_RECEIVED_ACCOUNT,
    ...(refund.successTime ? { success_time: chinaTime(refund.successTime) } : {}),
    create_time: chinaTime(refund.createTime),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: refund.total,
      refund: refund.refund,
      from: [],
      payer_total: tx.total,
      payer_refund: refund.refund,
      settlement_refund: refund.refund,
      settlement_total: tx.total,
      discount_refund: 0,
      currency: refund.currency,
      refund_fee: 0,
    },
    promotion_detail: [],
  };
}

/** The plaintext of a REFUND.SUCCESS notification's resource. */
export function refundNotificationJson(refund: RefundRecord, tx: TransactionRecord) {
  return {
    mchid: tx.mchid,
    out_trade_no: refund.outTradeNo,
    transaction_id: refund.transactionId,
    out_refund_no: refund.outRefundNo,
    refund_id: refund.refundId,
    refund_status: refund.status,
    ...(refund.successTime ? { success_time: chinaTime(refund.successTime) } : {}),
    amount: { total: refund.total, refund: refund.refund, payer_total: tx.total, payer_refund: refund.refund },
    user_received_account: USER_RECEIVED_ACCOUNT,
  };
}
