import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { AppError, type OrderView, type PayAnswer } from '@shop/shared';
import { cashierLinkToken } from '../../emulator/control-token.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { affectedRows, afterCommit, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import type { Order } from '../orders/order.entity.js';
import type { OrdersService } from '../orders/orders.service.js';
import type { OrderLifecycleHooks } from '../orders/order-lifecycle.js';
import type { MemberService } from '../membership/member.service.js';
import type { WechatPayClient, WechatTransaction } from '../wechat/pay-client.js';
import { PaymentEntity, type Payment, type PaymentMethod } from './payment.entity.js';
import { PaymentEventEntity } from './payment-event.entity.js';
import type { RefundsService } from './refunds.service.js';
import { PaymentAnomaly, type PaymentAnomalyFacts } from './notification.js';
import { ANOMALY_ALERT, type PaymentAnomaliesService } from './payment-anomalies.service.js';
import { resourceSummary } from './notification-summary.js';

export const TRANSACTION_NOTIFY_PATH = '/api/v1/payments/wechat/notify';

export type ApplyOutcome = 'paid' | 'duplicate' | 'refunded';

/** Suffix that makes each (order, method) its own WeChat transaction. */
const METHOD_SUFFIX: Record<PaymentMethod, string> = { jsapi: 'J', native: 'N' };
const MIN_PAY_WINDOW_MS = 60_000;
/** Reconciliation stops starting new queries after this long, so a slow WeChat cannot stall the jobs. */
const RECONCILE_BUDGET_MS = 20_000;

/**
 * WeChat Pay for orders: prepays (reused while unpaid), applying a paid transaction exactly
 * once whoever reports it (notification, reconciliation), and reconciliation of payments whose
 * notification never came.
 *
 * A payment WeChat says took the buyer's money (SUCCESS, or REFUND: paid and refunded outside
 * the shop) that we cannot apply (an amount, merchant or app that is not ours) is held: status
 * 'anomaly', recorded once as a payment anomaly and alerted once. Retrying could only find the
 * same answer, so reconciliation no longer queries it, and it is never marked paid. Its order
 * is not cancelled automatically: it stays pending_payment, stock reserved, until an admin has
 * settled the money with the buyer (merchant platform) and marks its anomalies handled in
 * 支付异常; then it times out as usual and its stock is released (hasOpenPayment).
 */
export class PaymentsService implements OrderLifecycleHooks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly client: WechatPayClient,
    private readonly orders: OrdersService,
    private readonly members: MemberService,
    private readonly refunds: RefundsService,
    private readonly logger: Logger,
    private readonly anomalies: PaymentAnomaliesService,
  ) {}

  /** Starts (or resumes) paying an unpaid order: the JSAPI parameters or the Native QR URL. */
  async pay(memberId: number, orderId: number, method: PaymentMethod): Promise<PayAnswer> {
    return this.payOrder(await this.orders.detail(orderId, memberId), method);
  }

  /** The Native QR a store tablet shows for an order the caller (staff of its store) may collect. */
  async payAtCounter(orderId: number): Promise<PayAnswer> {
    return this.payOrder(await this.orders.detail(orderId), 'native');
  }

  private async payOrder(order: OrderView, method: PaymentMethod): Promise<PayAnswer> {
    const memberId = order.memberId;
    if (order.status !== 'pending_payment') throw new AppError('ORDER_STATE_CONFLICT', `订单${order.statusLabel}，无法支付`);
    // WeChat needs time to show the sheet and the buyer to confirm; a nearly expired order is closed instead.
    if (new Date(order.payDeadline).getTime() - Date.now() < MIN_PAY_WINDOW_MS) throw new AppError('ORDER_STATE_CONFLICT', '订单支付时间已过');
    const payment = await this.claimPayment(order, memberId, method);
    if (method === 'jsapi') {
      const prepayId = payment.prepayId ?? (await this.createPrepay(payment, order));
      return { method, outTradeNo: payment.outTradeNo, params: this.client.jsapiParams(prepayId) };
    }
    const codeUrl = payment.codeUrl ?? (await this.createPrepay(payment, order));
    return { method, outTradeNo: payment.outTradeNo, codeUrl, cashierUrl: this.cashierUrl(codeUrl, payment.outTradeNo) };
  }

  /**
   * The emulator's cashier page for a Native QR; real WeChat has none (the buyer scans the code).
   * It carries this transaction's link token, derived from the emulator's control token: it
   * opens and pays this transaction only, so a scanned tablet QR gives away nothing else.
   */
  private cashierUrl(codeUrl: string, outTradeNo: string): string | null {
    const { mode, cashierBaseUrl, baseUrl, emulatorToken } = this.config.wechatPay;
    if (mode !== 'emulator') return null;
    const token = emulatorToken ? `&token=${encodeURIComponent(cashierLinkToken(emulatorToken, outTradeNo))}` : '';
    return `${cashierBaseUrl ?? baseUrl}/cashier?code_url=${encodeURIComponent(codeUrl)}${token}`;
  }

  /** One payment row per (order, method); concurrent requests share it. */
  private async claimPayment(order: OrderView, memberId: number | null, method: PaymentMethod): Promise<Payment> {
    const existing = await this.dataSource.manager.findOneBy(PaymentEntity, { orderId: order.id, method });
    if (existing) return existing;
    const openid = method === 'jsapi' && memberId !== null ? (await this.members.get(memberId)).openid : null;
    if (method === 'jsapi' && !openid) throw new AppError('ORDER_STATE_CONFLICT', '小程序内支付需要微信登录，请改用扫码支付');
    try {
      await inTransaction(this.dataSource, (manager) =>
        manager.insert(PaymentEntity, {
          orderId: order.id,
          memberId,
          method,
          outTradeNo: `${order.orderNo}${METHOD_SUFFIX[method]}`,
          amount: order.payableTotal,
          status: 'pending',
          prepayId: null,
          codeUrl: null,
          openid,
          transactionId: null,
          refundedAmount: 0,
          expiresAt: new Date(order.payDeadline),
          paidAt: null,
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return this.dataSource.manager.findOneByOrFail(PaymentEntity, { orderId: order.id, method });
  }

  /** Asks WeChat for the prepay; repeating it with identical content returns the same prepay. */
  private async createPrepay(payment: Payment, order: OrderView): Promise<string> {
    const request = {
      outTradeNo: payment.outTradeNo,
      description: describe(order),
      amount: payment.amount,
      expiresAt: payment.expiresAt,
      notifyUrl: this.config.wechatPay.notifyBaseUrl + TRANSACTION_NOTIFY_PATH,
    };
    const reference = payment.method === 'jsapi' ? await this.client.jsapiPrepay({ ...request, openid: payment.openid ?? '' }) : await this.client.nativePrepay(request);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.update(PaymentEntity, { id: payment.id }, payment.method === 'jsapi' ? { prepayId: reference } : { codeUrl: reference });
      await manager.insert(PaymentEventEntity, { paymentId: payment.id, orderId: payment.orderId, kind: 'prepay', amount: payment.amount, reference, source: 'api' });
    });
    return reference;
  }

  /**
   * Applies a transaction WeChat reports as paid. In one database transaction: the payment
   * leaves 'pending' (only one caller can win that update), the order becomes paid and its stock
   * committed. If the order can no longer be paid (cancelled after its deadline, or already paid
   * another way) the money goes back automatically.
   */
  async applyPaidTransaction(transaction: WechatTransaction, source: string): Promise<ApplyOutcome> {
    const outTradeNo = transaction.out_trade_no;
    const { mchid, appid } = this.config.wechatPay;
    if (transaction.mchid !== mchid) throw new PaymentAnomaly({ kind: 'mchid_mismatch', outTradeNo, expected: mchid, received: transaction.mchid }, `transaction ${outTradeNo} is for another merchant`);
    if (transaction.appid !== appid) throw new PaymentAnomaly({ kind: 'appid_mismatch', outTradeNo, expected: appid, received: transaction.appid }, `transaction ${outTradeNo} is for another app`);
    // A missing or non-text reference must never reach the query: TypeORM drops undefined conditions.
    const payment = typeof outTradeNo === 'string' && outTradeNo ? await this.dataSource.manager.findOneBy(PaymentEntity, { outTradeNo }) : null;
    if (!payment) throw new PaymentAnomaly({ kind: 'unknown_order', outTradeNo, received: outTradeNo }, `unknown out_trade_no ${outTradeNo}`);
    if (transaction.trade_state !== 'SUCCESS') {
      throw new PaymentAnomaly({ kind: 'unexpected_state', outTradeNo, expected: 'SUCCESS', received: transaction.trade_state }, `transaction ${outTradeNo} is ${transaction.trade_state}, not SUCCESS`);
    }
    const paidTotal = transaction.amount?.total;
    if (paidTotal !== payment.amount) {
      throw new PaymentAnomaly({ kind: 'amount_mismatch', outTradeNo, expected: payment.amount, received: paidTotal ?? null }, `transaction ${outTradeNo} paid ${paidTotal} but the payment is ${payment.amount}`);
    }
    if (payment.status === 'anomaly') {
      // Held for a person (a delayed SUCCESS after a refund outside the shop must not pay the order): shown, not applied.
      throw new PaymentAnomaly({ kind: 'unexpected_state', outTradeNo, expected: null, received: transaction.trade_state }, `transaction ${outTradeNo} reported paid, but the payment is held as an anomaly`);
    }
    const paidAt = transaction.success_time ? new Date(transaction.success_time) : new Date();

    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const won = await manager
        .createQueryBuilder()
        .update(PaymentEntity)
        .set({ status: 'paid', transactionId: transaction.transaction_id ?? null, paidAt, openid: transaction.payer?.openid ?? payment.openid })
        .where('id = :id AND status IN (:...open)', { id: payment.id, open: ['pending', 'closed'] })
        .execute();
      if (affectedRows(won) !== 1) return 'duplicate' as const;
      await manager.insert(PaymentEventEntity, { paymentId: payment.id, orderId: payment.orderId, kind: 'paid', amount: payment.amount, reference: transaction.transaction_id ?? '', source });
      if (await this.orders.markPaidWithin(manager, payment.orderId, paidAt, `wechatpay:${source}`)) return 'paid' as const;
      // The order was cancelled (or paid another way) first: the refund commits with the payment.
      const paidPayment = await manager.findOneByOrFail(PaymentEntity, { id: payment.id });
      return this.refunds.recordWholePaymentWithin(manager, paidPayment, '订单已关闭，自动退款');
    });
    if (outcome === 'paid' || outcome === 'duplicate') return outcome;
    // The refund goes to WeChat in the background once this committed (recordWholePaymentWithin).
    this.logger.warn({ orderId: payment.orderId, outTradeNo: payment.outTradeNo }, 'payment for an order that cannot be paid; refunding it');
    return 'refunded';
  }

  /**
   * Whether an order must not be cancelled for not being paid: it has a payment WeChat might
   * still complete (pending: the timeout waits for reconciliation), or one held as an anomaly
   * (WeChat says money was taken) whose anomalies nobody has marked handled yet.
   */
  async hasOpenPayment(orderId: number): Promise<boolean> {
    const open = await this.dataSource.manager.find(PaymentEntity, { select: { id: true, status: true, outTradeNo: true }, where: { orderId, status: In(['pending', 'anomaly']) } });
    if (open.some((payment) => payment.status === 'pending')) return true;
    return this.anomalies.anyOpenFor(open.map((payment) => payment.outTradeNo));
  }

  /**
   * After the notify route recorded an anomaly. A notification for our merchant, app and
   * payment that says SUCCESS with another amount took the money, and no retry will ever apply
   * it: the payment is held (reconciliation would query it and find the same forever). Other
   * kinds leave the payment to reconciliation, which asks WeChat under our own merchant and
   * settles it as usual: a notification naming another merchant or app says nothing about our
   * transaction (holding ours on its word could lose a genuine payment), one in a state other
   * than SUCCESS took no money, and an unknown or unreadable one names no payment of ours.
   */
  async holdAfterNotifiedAnomaly(facts: PaymentAnomalyFacts): Promise<void> {
    if (facts.kind !== 'amount_mismatch' || typeof facts.outTradeNo !== 'string' || !facts.outTradeNo) return;
    const payment = await this.dataSource.manager.findOneBy(PaymentEntity, { outTradeNo: facts.outTradeNo });
    if (payment) await this.markAnomaly(payment, 'notify');
  }

  /**
   * Settles payments whose notification never came: pending payments past their deadline (or
   * older than `staleAfterMs`) are queried; paid ones are applied, expired unpaid ones are closed
   * at WeChat and their orders cancelled. Safe in several processes: applying and closing are
   * conditional updates, and WeChat's query and close are idempotent.
   */
  async reconcile(now: Date, staleAfterMs = 60_000, batchSize = 100): Promise<number> {
    // Least recently checked first, and every check touches the row: a payment that keeps
    // failing moves to the back instead of blocking the others.
    const candidates = await this.dataSource.manager.find(PaymentEntity, {
      where: { status: 'pending', createdAt: LessThanOrEqual(new Date(now.getTime() - staleAfterMs)) },
      order: { updatedAt: 'ASC', id: 'ASC' },
      take: batchSize,
    });
    const started = Date.now();
    let settled = 0;
    for (const payment of candidates) {
      if (Date.now() - started > RECONCILE_BUDGET_MS) break;
      try {
        if (await this.reconcileOne(payment, now)) settled++;
      } catch (error) {
        this.logger.warn({ err: error, outTradeNo: payment.outTradeNo }, 'reconciliation of a payment failed; will retry');
      }
      await inTransaction(this.dataSource, (manager) => manager.update(PaymentEntity, { id: payment.id, status: 'pending' }, { updatedAt: new Date() }));
    }
    return settled;
  }

  private async reconcileOne(payment: Payment, now: Date): Promise<boolean> {
    if (payment.prepayId === null && payment.codeUrl === null && payment.expiresAt > now) return false;
    const transaction = await this.client.queryTransaction(payment.outTradeNo);
    if (transaction?.trade_state === 'SUCCESS') {
      await this.applyQueried(payment, transaction, 'reconcile');
      return true;
    }
    if (transaction?.trade_state === 'REFUND') {
      // Paid and refunded outside the shop: a person decides what becomes of the order.
      const facts = { kind: 'unexpected_state', outTradeNo: payment.outTradeNo, expected: 'SUCCESS', received: 'REFUND' } as const;
      await this.holdForPerson(payment, facts, transaction, 'reconcile', new PaymentAnomaly(facts, `transaction ${payment.outTradeNo} was paid and refunded outside the shop`));
      return true;
    }
    if (payment.expiresAt > now) return false;
    const alreadyClosed = !transaction || transaction.trade_state === 'CLOSED' || transaction.trade_state === 'REVOKED';
    if (!alreadyClosed && !(await this.client.close(payment.outTradeNo))) {
      // Paid between our query and the close: apply what WeChat now says.
      const paid = await this.client.queryTransaction(payment.outTradeNo);
      if (paid?.trade_state === 'SUCCESS') await this.applyQueried(payment, paid, 'reconcile');
      return true;
    }
    await this.markClosed(payment, 'reconcile');
    if (!(await this.hasOpenPayment(payment.orderId))) await this.orders.cancelIfExpired(payment.orderId, now);
    return true;
  }

  /**
   * Applies a transaction our own query found paid; one we cannot apply (PaymentAnomaly) is
   * held for a person rather than retried on every run.
   */
  private async applyQueried(payment: Payment, transaction: WechatTransaction, source: string): Promise<void> {
    try {
      if (transaction.out_trade_no !== payment.outTradeNo) {
        throw new PaymentAnomaly({ kind: 'unknown_order', outTradeNo: payment.outTradeNo, expected: payment.outTradeNo, received: transaction.out_trade_no ?? null }, `query for ${payment.outTradeNo} answered ${transaction.out_trade_no}`);
      }
      await this.applyPaidTransaction(transaction, source);
    } catch (error) {
      if (!(error instanceof PaymentAnomaly)) throw error;
      await this.holdForPerson(payment, { ...error.facts, outTradeNo: payment.outTradeNo }, transaction, source, error);
    }
  }

  /** Records the anomaly (one row per payment and kind), alerts the first time, and holds the payment. */
  private async holdForPerson(payment: Payment, facts: PaymentAnomalyFacts & { outTradeNo: string }, transaction: WechatTransaction, source: string, error: PaymentAnomaly): Promise<void> {
    const summary = { ...resourceSummary(transaction as unknown as Record<string, unknown>), source };
    const { anomaly, created } = await this.anomalies.recordQueried(facts, summary);
    if (created) {
      this.logger.error({ alert: ANOMALY_ALERT, source, ...facts, anomalyId: anomaly.id, orderId: payment.orderId, err: error }, 'WeChat says this payment took money, but it cannot be applied; recorded as a payment anomaly and held for a person');
    }
    await this.markAnomaly(payment, source);
  }

  /** pending → anomaly, once: out of reconciliation, never paid automatically. */
  private async markAnomaly(payment: Payment, source: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const held = await manager.update(PaymentEntity, { id: payment.id, status: 'pending' }, { status: 'anomaly' });
      if (affectedRows(held) === 1) {
        await manager.insert(PaymentEventEntity, { paymentId: payment.id, orderId: payment.orderId, kind: 'anomaly', amount: 0, reference: payment.outTradeNo, source });
      }
    });
  }

  private async markClosed(payment: Payment, source: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const closed = await manager.update(PaymentEntity, { id: payment.id, status: 'pending' }, { status: 'closed' });
      if (affectedRows(closed) === 1) {
        await manager.insert(PaymentEventEntity, { paymentId: payment.id, orderId: payment.orderId, kind: 'closed', amount: 0, reference: payment.outTradeNo, source });
      }
    });
  }

  /**
   * Whoever cancels an unpaid order (the buyer, staff, a group ending, the timeout), its open
   * WeChat transactions are closed once the cancellation commits.
   */
  async cancelled(_manager: EntityManager, order: Order): Promise<void> {
    afterCommit({ what: `close the open payments of cancelled order ${order.id}`, run: () => this.closeOpenPayments(order.id), logger: this.logger });
  }

  /**
   * After an order is cancelled, closes its open WeChat transactions so the buyer cannot pay a
   * dead order. Best effort: if WeChat is unreachable, reconciliation closes them later; if one
   * was paid meanwhile, it is applied (and so refunded).
   */
  private async closeOpenPayments(orderId: number): Promise<void> {
    const open = await this.dataSource.manager.findBy(PaymentEntity, { orderId, status: 'pending' });
    for (const payment of open) {
      try {
        if (await this.client.close(payment.outTradeNo)) {
          await this.markClosed(payment, 'cancel');
        } else {
          const paid = await this.client.queryTransaction(payment.outTradeNo);
          if (paid?.trade_state === 'SUCCESS') await this.applyQueried(payment, paid, 'cancel');
        }
      } catch (error) {
        this.logger.warn({ err: error, outTradeNo: payment.outTradeNo }, 'could not close the payment of a cancelled order; reconciliation will');
      }
    }
  }

  /** Payments and refunds of an order, for the order detail views. */
  async summary(orderId: number): Promise<PaymentSummary> {
    const payments = await this.dataSource.manager.find(PaymentEntity, { where: { orderId }, order: { id: 'ASC' } });
    const refunds = payments.length ? await this.refunds.ofOrder(orderId) : [];
    return {
      payments: payments.map((p) => ({ method: p.method, outTradeNo: p.outTradeNo, amount: p.amount, status: p.status, transactionId: p.transactionId, paidAt: p.paidAt?.toISOString() ?? null, refundedAmount: p.refundedAmount })),
      refunds,
    };
  }
}

export interface PaymentSummary {
  payments: { method: PaymentMethod; outTradeNo: string; amount: number; status: string; transactionId: string | null; paidAt: string | null; refundedAmount: number }[];
  refunds: Awaited<ReturnType<RefundsService['ofOrder']>>;
}

function describe(order: OrderView): string {
  const first = order.lines[0]?.title ?? '商品';
  return order.lines.length > 1 ? `${first} 等${order.lines.length}件商品` : first;
}
