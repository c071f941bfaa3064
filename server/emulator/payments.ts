import type { EmulatorConfig } from './config.js';
import { EmulatorError } from './errors.js';
import { buildNotification, type Notifier } from './notifier.js';
import type { EmulatorStore, TradeType, TransactionRecord } from './store.js';
import { newCodeUrl, newPrepayId, newTransactionId, transactionJson } from './wechat-format.js';

/** A validated JSAPI or Native order request (see pay-routes.ts). */
export interface OrderRequest {
  tradeType: TradeType;
  appid: string;
  mchid: string;
  description: string;
  outTradeNo: string;
  timeExpire: string | null;
  notifyUrl: string;
  attach: string | null;
  total: number;
  currency: string;
  payerOpenid: string | null;
}

export type Delivery = 'normal' | 'twice' | 'late' | 'never';

export interface PayOptions {
  openid?: string;
  delivery?: Delivery;
  /** For delivery 'late': wait this long before the first attempt (default 2000 ms). */
  lateMs?: number;
}

const DEFAULT_LATE_MS = 2000;
/** Who pays a Native QR code when the caller does not say. */
export const DEFAULT_NATIVE_PAYER = 'o_emulator_native_payer';
const PAID = ['SUCCESS', 'REFUND'] as const;
const UNPAID = ['NOTPAY', 'PAYERROR'] as const;

/** The fields that make two order requests "the same order" for out_trade_no reuse. */
function fingerprintOf(order: OrderRequest): string {
  const { tradeType, appid, mchid, description, outTradeNo, timeExpire, notifyUrl, attach, total, currency, payerOpenid } = order;
  return JSON.stringify([tradeType, appid, mchid, description, outTradeNo, timeExpire, notifyUrl, attach, total, currency, payerOpenid]);
}

/** Past its time_expire or expired through the control API: it can no longer be paid. */
export function isExpired(tx: TransactionRecord, now = Date.now()): boolean {
  return tx.expiredAt !== null || (tx.timeExpire !== null && Date.parse(tx.timeExpire) <= now);
}

/** Transactions: prepay, query, close, and the payer's side (pay, fail, expire). */
export class Payments {
  constructor(
    private readonly store: EmulatorStore,
    private readonly notifier: Notifier,
    private readonly config: EmulatorConfig,
  ) {}

  /**
   * Creates the prepay, or returns the existing one when the same out_trade_no comes again with
   * the same content (WeChat's idempotent re-order); different content is a duplicate order number.
   */
  prepay(order: OrderRequest): TransactionRecord {
    return this.store.atomically(() => {
      const existing = this.store.transaction(order.outTradeNo);
      if (existing) {
        if ((PAID as readonly string[]).includes(existing.tradeState)) throw new EmulatorError(400, 'ORDERPAID', '该订单已支付');
        if (existing.tradeState === 'CLOSED') throw new EmulatorError(400, 'ORDER_CLOSED', '订单已关闭');
        if (this.store.fingerprint(order.outTradeNo) !== fingerprintOf(order)) throw new EmulatorError(400, 'INVALID_REQUEST', '201 商户订单号重复');
        return existing;
      }
      const now = new Date();
      const record: TransactionRecord = {
        ...order,
        prepayId: order.tradeType === 'JSAPI' ? newPrepayId(now) : null,
        codeUrl: order.tradeType === 'NATIVE' ? newCodeUrl() : null,
        tradeState: 'NOTPAY',
        transactionId: null,
        successTime: null,
        expiredAt: null,
        createdAt: now.toISOString(),
      };
      this.store.insertTransaction(record, fingerprintOf(order));
      return record;
    });
  }

  byOutTradeNo(outTradeNo: string): TransactionRecord {
    const tx = this.store.transaction(outTradeNo);
    if (!tx) throw new EmulatorError(404, 'ORDER_NOT_EXIST', '订单不存在');
    return tx;
  }

  byTransactionId(transactionId: string): TransactionRecord {
    const tx = this.store.transactionById(transactionId);
    if (!tx) throw new EmulatorError(404, 'ORDER_NOT_EXIST', '订单不存在');
    return tx;
  }

  /** Closing an unpaid order closes it; closing a closed one is a no-op; a paid one refuses. */
  close(outTradeNo: string): void {
    this.store.atomically(() => {
      const tx = this.byOutTradeNo(outTradeNo);
      if ((PAID as readonly string[]).includes(tx.tradeState)) throw new EmulatorError(400, 'ORDERPAID', '订单已支付');
      this.store.setTradeState(outTradeNo, UNPAID, 'CLOSED');
    });
  }

  /** Unpaid prepays that can still be paid. */
  pending(): TransactionRecord[] {
    return this.store.unpaidTransactions().filter((tx) => !isExpired(tx));
  }

  /** The payer confirms: the transaction succeeds and TRANSACTION.SUCCESS goes out per `delivery`. */
  pay(outTradeNo: string, options: PayOptions = {}): TransactionRecord {
    const paid = this.store.atomically(() => {
      const tx = this.payable(outTradeNo);
      if (tx.tradeType === 'JSAPI' && options.openid !== undefined && options.openid !== tx.payerOpenid) {
        throw new EmulatorError(409, 'OPENID_MISMATCH', 'a JSAPI prepay can only be paid by the openid it was created for');
      }
      const now = new Date();
      const openid = tx.payerOpenid ?? options.openid ?? DEFAULT_NATIVE_PAYER;
      if (!this.store.markPaid(outTradeNo, { transactionId: newTransactionId(now), openid, successTime: now.toISOString() })) {
        throw new EmulatorError(409, 'NOT_PAYABLE', '订单状态已变化，无法支付');
      }
      return this.byOutTradeNo(outTradeNo);
    });
    const delivery = options.delivery ?? 'normal';
    if (delivery !== 'never') {
      const notification = buildNotification('TRANSACTION.SUCCESS', transactionJson(paid), { url: paid.notifyUrl, outTradeNo }, this.config.merchant.apiV3Key);
      this.notifier.send(notification, {
        copies: delivery === 'twice' ? 2 : 1,
        delayMs: delivery === 'late' ? (options.lateMs ?? DEFAULT_LATE_MS) : 0,
      });
    }
    return paid;
  }

  /** The payment attempt failed (e.g. the card was declined): PAYERROR, no notification. */
  fail(outTradeNo: string): TransactionRecord {
    return this.store.atomically(() => {
      this.payable(outTradeNo);
      this.store.setTradeState(outTradeNo, UNPAID, 'PAYERROR');
      return this.byOutTradeNo(outTradeNo);
    });
  }

  /** The prepay runs out as if its time_expire had passed: it stays unpaid and cannot be paid. */
  expire(outTradeNo: string): TransactionRecord {
    return this.store.atomically(() => {
      const tx = this.byOutTradeNo(outTradeNo);
      if (!(UNPAID as readonly string[]).includes(tx.tradeState)) throw new EmulatorError(409, 'NOT_PAYABLE', `交易状态为 ${tx.tradeState}，不能置为过期`);
      this.store.markExpired(outTradeNo, new Date().toISOString());
      return this.byOutTradeNo(outTradeNo);
    });
  }

  private payable(outTradeNo: string): TransactionRecord {
    const tx = this.byOutTradeNo(outTradeNo);
    if (!(UNPAID as readonly string[]).includes(tx.tradeState)) throw new EmulatorError(409, 'NOT_PAYABLE', `交易状态为 ${tx.tradeState}，不能支付`);
    if (isExpired(tx)) throw new EmulatorError(409, 'NOT_PAYABLE', '订单已过期，不能支付');
    return tx;
  }
}
