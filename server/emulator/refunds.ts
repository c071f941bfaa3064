import type { EmulatorConfig } from './config.js';
import { EmulatorError } from './errors.js';
import { buildNotification, type Notifier } from './notifier.js';
import type { EmulatorStore, RefundRecord, TransactionRecord } from './store.js';
import { newRefundId, refundNotificationJson } from './wechat-format.js';

/** A validated refund request (see refund-routes.ts). */
export interface RefundRequest {
  outTradeNo: string | null;
  transactionId: string | null;
  outRefundNo: string;
  reason: string | null;
  notifyUrl: string | null;
  refund: number;
  total: number;
  currency: string;
}

/**
 * Refunds: accepted as PROCESSING, settled to SUCCESS after the configured delay, then a
 * REFUND.SUCCESS notification goes to the refund's notify_url (when it has one).
 */
export class Refunds {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: EmulatorStore,
    private readonly notifier: Notifier,
    private readonly config: EmulatorConfig,
  ) {}

  /** Same out_refund_no with the same content answers the existing refund (idempotent). */
  create(request: RefundRequest): { refund: RefundRecord; transaction: TransactionRecord } {
    const created = this.store.atomically(() => {
      const tx = this.transactionOf(request);
      const existing = this.store.refund(request.outRefundNo);
      if (existing) {
        if (existing.outTradeNo !== tx.outTradeNo || existing.refund !== request.refund || existing.total !== request.total) {
          throw new EmulatorError(400, 'INVALID_REQUEST', '订单金额或退款金额与之前请求不一致，请核实后再试');
        }
        return { refund: existing, transaction: tx, isNew: false };
      }
      if (tx.tradeState !== 'SUCCESS' && tx.tradeState !== 'REFUND') throw new EmulatorError(400, 'INVALID_REQUEST', `订单未支付成功（${tx.tradeState}），不能退款`);
      if (request.total !== tx.total) throw new EmulatorError(400, 'INVALID_REQUEST', `amount.total ${request.total} 与订单金额 ${tx.total} 不一致`);
      if (request.currency !== tx.currency) throw new EmulatorError(400, 'PARAM_ERROR', '退款币种与订单币种不一致');
      if (this.store.refundedTotal(tx.outTradeNo) + request.refund > tx.total) throw new EmulatorError(400, 'INVALID_REQUEST', '申请退款金额超过订单可退金额');
      const refund: RefundRecord = {
        outRefundNo: request.outRefundNo,
        refundId: newRefundId(),
        outTradeNo: tx.outTradeNo,
        transactionId: tx.transactionId ?? '',
        reason: request.reason,
        notifyUrl: request.notifyUrl,
        refund: request.refund,
        total: request.total,
        currency: request.currency,
        status: 'PROCESSING',
        createTime: new Date().toISOString(),
        successTime: null,
      };
      this.store.insertRefund(refund);
      this.store.setTradeState(tx.outTradeNo, ['SUCCESS'], 'REFUND');
      return { refund, transaction: this.store.transaction(tx.outTradeNo) ?? tx, isNew: true };
    });
    if (created.isNew) this.scheduleSettle(created.refund.outRefundNo);
    return { refund: created.refund, transaction: created.transaction };
  }

  find(outRefundNo: string): { refund: RefundRecord; transaction: TransactionRecord } {
    const refund = this.store.refund(outRefundNo);
    const transaction = refund && this.store.transaction(refund.outTradeNo);
    if (!refund || !transaction) throw new EmulatorError(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    return { refund, transaction };
  }

  /** After a restart on the same data file, refunds still processing settle again. */
  resumeProcessing(): void {
    for (const refund of this.store.processingRefunds()) this.scheduleSettle(refund.outRefundNo);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private scheduleSettle(outRefundNo: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.settle(outRefundNo);
    }, this.config.refundSettleDelayMs);
    this.timers.add(timer);
  }

  private settle(outRefundNo: string): void {
    if (!this.store.markRefundSucceeded(outRefundNo, new Date().toISOString())) return;
    const { refund, transaction } = this.find(outRefundNo);
    if (!refund.notifyUrl) return;
    const resource = refundNotificationJson(refund, transaction);
    this.notifier.send(buildNotification('REFUND.SUCCESS', resource, { url: refund.notifyUrl, outTradeNo: refund.outTradeNo, outRefundNo }, this.config.merchant.apiV3Key));
  }

  private transactionOf(request: RefundRequest): TransactionRecord {
    const byNo = request.outTradeNo !== null ? this.store.transaction(request.outTradeNo) : null;
    const byId = request.transactionId !== null ? this.store.transactionById(request.transactionId) : null;
    const tx = byId ?? byNo;
    if (!tx || (request.outTradeNo !== null && !byNo) || (request.transactionId !== null && !byId)) throw new EmulatorError(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    if (byId && byNo && byId.outTradeNo !== byNo.outTradeNo) throw new EmulatorError(400, 'INVALID_REQUEST', 'transaction_id 与 out_trade_no 不是同一笔订单');
    return tx;
  }
}
