import type { DataSource, EntityManager } from 'typeorm';
import { AppError, allocateProportionally } from '@shop/shared';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { affectedRows, afterCommit, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import type { OrdersService } from '../orders/orders.service.js';
import type { WechatPayClient, WechatRefund } from '../wechat/pay-client.js';
import { PaymentEntity, type Payment } from './payment.entity.js';
import { PaymentEventEntity, type PaymentEventKind } from './payment-event.entity.js';
import { RefundEntity, type Refund, type RefundLine } from './refund.entity.js';
import { PaymentAnomaly } from './notification.js';
import { locking } from '../platform/locking.js';

export const REFUND_NOTIFY_PATH = '/api/v1/payments/wechat/refund-notify';

export interface RefundView {
  outRefundNo: string;
  amount: number;
  reason: string;
  status: Refund['status'];
  lines: RefundLine[];
  createdAt: string;
  succeededAt: string | null;
}

/**
 * Refunds through WeChat Pay. The refunded total of a payment grows only by a conditional
 * update that keeps it within what was paid; each refund is idempotent by its out_refund_no,
 * and its outcome is applied once whether it arrives by notification or by query.
 */
export class RefundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly client: WechatPayClient,
    private readonly orders: OrdersService,
    private readonly logger: Logger,
  ) {}

  /** Refunds whatever is left of a payment (automatic refunds, full cancellations). */
  async refundWholePayment(paymentId: number, reason: string, kind: PaymentEventKind = 'refund_requested', outRefundNo?: string): Promise<RefundView | null> {
    const payment = await this.dataSource.manager.findOneByOrFail(PaymentEntity, { id: paymentId });
    return this.request(payment, outRefundNo ?? `${payment.outTradeNo}-ALL`, reason, kind, wholeRemainder);
  }

  /**
   * Refunds units of order lines. Each line's payable is split over its units by largest
   * remainder, so refunding every unit of a line, in any number of steps, returns exactly what
   * the line cost after discounts.
   */
  async refundLines(orderId: number, lines: { orderItemId: number; quantity: number }[], reason: string, outRefundNo: string): Promise<RefundView | null> {
    const payment = await this.paidPaymentOf(orderId);
    const order = await this.orders.detail(orderId);
    return this.request(payment, outRefundNo, reason, 'refund_requested', async (_locked, manager) => {
      const previous = await manager.findBy(RefundEntity, { paymentId: payment.id });
      const refundedUnits = new Map<number, number>();
      for (const refund of previous.filter((r) => r.status !== 'failed')) {
        for (const line of refund.lines) refundedUnits.set(line.orderItemId, (refundedUnits.get(line.orderItemId) ?? 0) + line.quantity);
      }
      const refundLines: RefundLine[] = lines.map((wanted) => {
        const item = order.lines.find((l) => l.itemId === wanted.orderItemId);
        if (!item) throw new AppError('NOT_FOUND', `订单行 ${wanted.orderItemId} 不属于该订单`);
        const already = refundedUnits.get(item.itemId) ?? 0;
        if (already + wanted.quantity > item.qty) throw new AppError('REFUND_NOT_ALLOWED', `“${item.title}”只剩 ${item.qty - already} 件可退`);
        const unitAmounts = allocateProportionally(item.payable, new Array<number>(item.qty).fill(1));
        const amount = unitAmounts.slice(already, already + wanted.quantity).reduce((a, b) => a + b, 0);
        return { orderItemId: item.itemId, quantity: wanted.quantity, amount };
      });
      return { amount: refundLines.reduce((sum, l) => sum + l.amount, 0), lines: refundLines };
    });
  }

  /** Refunds what is left of an order's payment. */
  async refundPaidOrder(orderId: number, reason: string, outRefundNo: string): Promise<RefundView | null> {
    return this.refundWholePayment((await this.paidPaymentOf(orderId)).id, reason, 'refund_requested', outRefundNo);
  }

  /** The payment that paid the order: paid, and not one returned automatically (a second payment). */
  private async paidPaymentOf(orderId: number, manager: EntityManager = this.dataSource.manager): Promise<Payment> {
    const paid = await manager.find(PaymentEntity, { where: { orderId, status: 'paid' }, order: { id: 'ASC' } });
    for (const payment of paid) if (!(await isAutoRefunded(manager, payment.id))) return payment;
    throw new AppError('REFUND_NOT_ALLOWED', '该订单没有可退的支付');
  }

  /**
   * Records the refund of everything an order paid inside the caller's transaction (its group
   * failed), so the decision commits with the order's state; it is sent to WeChat once that
   * transaction commits. Under one out_refund_no per payment, so deciding twice refunds once.
   */
  async recordOrderRefundWithin(manager: EntityManager, orderId: number, reason: string): Promise<Refund | null> {
    const payment = await this.paidPaymentOf(orderId, manager);
    const outRefundNo = `${payment.outTradeNo}-ALL`;
    const existing = await manager.findOneBy(RefundEntity, { outRefundNo });
    if (existing) return existing;
    return this.recordWithin(manager, payment.id, outRefundNo, reason, 'refund_requested', wholeRemainder);
  }

  private async request(
    payment: Payment,
    outRefundNo: string,
    reason: string,
    kind: PaymentEventKind,
    plan: RefundPlanner,
  ): Promise<RefundView | null> {
    const existing = await this.dataSource.manager.findOneBy(RefundEntity, { outRefundNo });
    if (existing) return refundView(existing);
    let refund: Refund | null;
    try {
      refund = await inTransaction(this.dataSource, (manager) => this.recordWithin(manager, payment.id, outRefundNo, reason, kind, plan));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return refundView(await this.dataSource.manager.findOneByOrFail(RefundEntity, { outRefundNo }));
    }
    if (!refund) return null;
    return refundView(await this.dataSource.manager.findOneByOrFail(RefundEntity, { id: refund.id }));
  }

  /**
   * Records a refund of what is left of a payment inside the caller's transaction (a payment
   * that arrived for an order that can no longer be paid), so the decision to give the money
   * back commits together with the payment. It is sent in the background after commit: the
   * caller is answering WeChat's notification, which wants a reply within 5 s.
   */
  recordWholePaymentWithin(manager: EntityManager, payment: Payment, reason: string): Promise<Refund | null> {
    return this.recordWithin(manager, payment.id, `${payment.outTradeNo}-ALL`, reason, 'auto_refund', wholeRemainder, { background: true });
  }

  /** Plans and records a refund in the caller's transaction, and sends it to WeChat once that commits (reconciliation resends it if sending fails). */
  private async recordWithin(manager: EntityManager, paymentId: number, outRefundNo: string, reason: string, kind: PaymentEventKind, plan: RefundPlanner, send: { background?: boolean } = {}): Promise<Refund | null> {
    // Refunds of one payment are planned one at a time (row lock on MySQL; SQLite has one writer).
    const locked = await locking(manager, manager.createQueryBuilder(PaymentEntity, 'p').where('p.id = :paymentId', { paymentId })).getOne();
    if (!locked || locked.status !== 'paid') throw new AppError('REFUND_NOT_ALLOWED', '只有已支付的款项可以退款');
    const planned = await plan(locked, manager);
    if (!planned || planned.amount <= 0) return null;
    const grown = await manager
      .createQueryBuilder()
      .update(PaymentEntity)
      .set({ refundedAmount: () => `refundedAmount + ${Number(planned.amount)}` })
      .where('id = :id AND refundedAmount + :amount <= amount', { id: paymentId, amount: planned.amount })
      .execute();
    if (affectedRows(grown) !== 1) throw new AppError('REFUND_NOT_ALLOWED', '退款金额不能超过实付金额');
    await manager.insert(RefundEntity, { orderId: locked.orderId, paymentId, outRefundNo, amount: planned.amount, reason, status: 'processing', refundId: null, lines: planned.lines, succeededAt: null });
    await manager.insert(PaymentEventEntity, { paymentId, orderId: locked.orderId, kind, amount: planned.amount, reference: outRefundNo, source: 'api' });
    const refund = await manager.findOneByOrFail(RefundEntity, { outRefundNo });
    afterCommit({ what: `send refund ${outRefundNo} to WeChat`, run: () => this.submit(refund), logger: this.logger, background: send.background });
    return refund;
  }

  /** Sends a refund to WeChat (again, if an earlier attempt did not get through: out_refund_no makes it idempotent). */
  async submit(refund: Refund): Promise<void> {
    const payment = await this.dataSource.manager.findOneByOrFail(PaymentEntity, { id: refund.paymentId });
    try {
      const answer = await this.client.refund({
        outTradeNo: payment.outTradeNo,
        outRefundNo: refund.outRefundNo,
        amount: refund.amount,
        total: payment.amount,
        reason: refund.reason,
        notifyUrl: this.config.wechatPay.notifyBaseUrl + REFUND_NOTIFY_PATH,
      });
      await this.applyRefundResult(answer, 'api');
    } catch (error) {
      this.logger.warn({ err: error, outRefundNo: refund.outRefundNo }, 'refund not accepted by WeChat yet; reconciliation will retry');
    }
  }

  /**
   * A REFUND.* notification: applied like any answer about the refund, once it names our
   * merchant and the amount we asked to refund (anything else is an anomaly for people).
   */
  async applyRefundNotification(notice: WechatRefund & { mchid?: string }): Promise<void> {
    const { out_refund_no: outRefundNo, out_trade_no: outTradeNo = null } = notice;
    const { mchid } = this.config.wechatPay;
    if (notice.mchid !== mchid) throw new PaymentAnomaly({ kind: 'mchid_mismatch', outTradeNo, outRefundNo, expected: mchid, received: notice.mchid ?? null }, `refund ${outRefundNo} is for another merchant`);
    const refund = await this.refundNamed(outRefundNo);
    if (notice.amount && notice.amount.refund !== refund.amount) {
      throw new PaymentAnomaly({ kind: 'amount_mismatch', outTradeNo, outRefundNo, expected: refund.amount, received: notice.amount.refund }, `refund ${outRefundNo} returned ${notice.amount.refund} but we asked for ${refund.amount}`);
    }
    await this.applyRefundResult(notice, 'notify');
  }

  private async refundNamed(outRefundNo: unknown): Promise<Refund> {
    // A missing or non-text reference must never reach the query: TypeORM drops undefined conditions.
    const refund = typeof outRefundNo === 'string' && outRefundNo ? await this.dataSource.manager.findOneBy(RefundEntity, { outRefundNo }) : null;
    if (!refund) throw new PaymentAnomaly({ kind: 'unknown_refund', outRefundNo: typeof outRefundNo === 'string' ? outRefundNo : null, received: String(outRefundNo) }, `unknown out_refund_no ${String(outRefundNo)}`);
    return refund;
  }

  /** Applies what WeChat says about a refund; each final state is applied once. */
  async applyRefundResult(answer: WechatRefund, source: string): Promise<void> {
    const refund = await this.refundNamed(answer.out_refund_no);
    const status = answer.refund_status ?? answer.status;
    if (answer.refund_id && !refund.refundId) await inTransaction(this.dataSource, (m) => m.update(RefundEntity, { id: refund.id }, { refundId: answer.refund_id! }));
    if (status === 'SUCCESS') {
      await inTransaction(this.dataSource, async (manager) => {
        // Successes of one payment's refunds settle one at a time, and before anything is read:
        // two settling at once would each miss the other's and neither book the order refunded.
        const payment = await locking(manager, manager.createQueryBuilder(PaymentEntity, 'p').where('p.id = :id', { id: refund.paymentId })).getOneOrFail();
        const done = await manager.update(RefundEntity, { id: refund.id, status: 'processing' }, { status: 'succeeded', succeededAt: answer.success_time ? new Date(answer.success_time) : new Date() });
        if (affectedRows(done) !== 1) return;
        await manager.insert(PaymentEventEntity, { paymentId: refund.paymentId, orderId: refund.orderId, kind: 'refund_succeeded', amount: refund.amount, reference: answer.refund_id ?? refund.outRefundNo, source });
        // A payment returned automatically never paid the order: the order has nothing to book.
        // Otherwise the order is refunded when the money that paid it is all back.
        if (await isAutoRefunded(manager, payment.id)) return;
        await this.orders.recordRefundWithin(manager, refund.orderId, refund.amount);
        const succeeded = await manager.findBy(RefundEntity, { paymentId: payment.id, status: 'succeeded' });
        const returned = succeeded.reduce((sum, r) => sum + r.amount, 0);
        if (returned === payment.amount) await this.orders.markRefundedWithin(manager, refund.orderId, `wechatpay:${source}`);
      });
    } else if (status === 'ABNORMAL') {
      // The money is stuck at the payer's bank: it is neither back nor refundable again. People act on it.
      const flagged = await inTransaction(this.dataSource, (manager) => manager.update(RefundEntity, { id: refund.id, status: 'processing' }, { status: 'abnormal' }));
      if (affectedRows(flagged) === 1) this.logger.error({ outRefundNo: refund.outRefundNo, orderId: refund.orderId }, 'WeChat reports the refund ABNORMAL; it needs handling in the merchant platform');
    } else if (status === 'CLOSED') {
      await inTransaction(this.dataSource, async (manager) => {
        const failed = await manager.update(RefundEntity, { id: refund.id, status: 'processing' }, { status: 'failed' });
        if (affectedRows(failed) !== 1) return;
        // The money did not go back, so it may be refunded again.
        await manager.createQueryBuilder().update(PaymentEntity).set({ refundedAmount: () => `refundedAmount - ${Number(refund.amount)}` }).where('id = :id', { id: refund.paymentId }).execute();
        await manager.insert(PaymentEventEntity, { paymentId: refund.paymentId, orderId: refund.orderId, kind: 'refund_failed', amount: refund.amount, reference: refund.outRefundNo, source });
      });
    }
  }

  /** Refunds still processing after `staleAfterMs`: ask WeChat, or resubmit one it never received. */
  async reconcile(now: Date, staleAfterMs = 60_000, batchSize = 100): Promise<number> {
    return (await this.reconcileProcessing(now, staleAfterMs, batchSize)) + (await this.retryAutomaticRefunds());
  }

  /**
   * A payment we must give back (it paid an order that could not take it) whose refund failed
   * still holds money: refund the rest again, under a new out_refund_no, until it is back.
   */
  private async retryAutomaticRefunds(): Promise<number> {
    const owed = await this.dataSource.manager
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.status = :paid AND p.refundedAmount < p.amount', { paid: 'paid' })
      .andWhere(`p.id IN (SELECT e.paymentId FROM ${PaymentEventEntity.options.tableName} e WHERE e.kind = :auto)`, { auto: 'auto_refund' })
      .take(100)
      .getMany();
    for (const payment of owed) {
      const attempts = await this.dataSource.manager.countBy(RefundEntity, { paymentId: payment.id });
      this.logger.warn({ outTradeNo: payment.outTradeNo, attempt: attempts + 1 }, 'automatic refund did not go through; refunding again');
      await this.refundWholePayment(payment.id, '订单已关闭，自动退款', 'auto_refund', `${payment.outTradeNo}-ALL${attempts + 1}`).catch((error: unknown) =>
        this.logger.error({ err: error, outTradeNo: payment.outTradeNo }, 'automatic refund failed again'),
      );
    }
    return owed.length;
  }

  private async reconcileProcessing(now: Date, staleAfterMs: number, batchSize: number): Promise<number> {
    const stale = await this.dataSource.manager
      .createQueryBuilder(RefundEntity, 'r')
      .where('r.status = :status AND r.createdAt <= :before', { status: 'processing', before: new Date(now.getTime() - staleAfterMs) })
      .orderBy('r.id', 'ASC')
      .take(batchSize)
      .getMany();
    for (const refund of stale) {
      try {
        const answer = await this.client.queryRefund(refund.outRefundNo);
        if (answer) await this.applyRefundResult(answer, 'reconcile');
        else await this.submit(refund);
      } catch (error) {
        this.logger.warn({ err: error, outRefundNo: refund.outRefundNo }, 'refund reconciliation failed; will retry');
      }
    }
    return stale.length;
  }

  async ofOrder(orderId: number): Promise<RefundView[]> {
    const refunds = await this.dataSource.manager.find(RefundEntity, { where: { orderId }, order: { id: 'ASC' } });
    return refunds.map(refundView);
  }
}

/** Whether a payment was being returned automatically because it paid an order that could not take it. */
async function isAutoRefunded(manager: EntityManager, paymentId: number): Promise<boolean> {
  return (await manager.countBy(PaymentEventEntity, { paymentId, kind: 'auto_refund' })) > 0;
}

type RefundPlanner = (locked: Payment, manager: EntityManager) => Promise<{ amount: number; lines: RefundLine[] } | null>;

const wholeRemainder: RefundPlanner = async (locked) => {
  const remaining = locked.amount - locked.refundedAmount;
  return remaining > 0 ? { amount: remaining, lines: [] } : null;
};

function refundView(refund: Refund): RefundView {
  return {
    outRefundNo: refund.outRefundNo,
    amount: refund.amount,
    reason: refund.reason,
    status: refund.status,
    lines: refund.lines,
    createdAt: refund.createdAt.toISOString(),
    succeededAt: refund.succeededAt?.toISOString() ?? null,
  };
}
