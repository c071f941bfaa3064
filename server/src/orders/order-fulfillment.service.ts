import type { DataSource } from 'typeorm';
import { AppError, ORDER_STATUS_LABELS, type OrderShipRequest, type OrderView } from '@shop/shared';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { inTransaction } from '../platform/transaction.js';
import type { OrdersService } from './orders.service.js';
import { OrderEntity } from './order.entity.js';
import { refuseTransition, transitionOrder } from './order-transitions.js';
import { forEachDueOrder } from './due-orders.js';

/** After payment: shipping delivery orders and completing orders (where points are earned). */
export class OrderFulfillmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly orders: Pick<OrdersService, 'detail' | 'completeWithin'>,
    private readonly logger: Logger,
  ) {}

  /** Hands a delivery order to the carrier. */
  async ship(orderId: number, shipment: OrderShipRequest, actor: string): Promise<OrderView> {
    const shipped = await inTransaction(this.dataSource, (manager) =>
      transitionOrder(manager, orderId, 'ship', actor, `shipped with ${shipment.carrier} ${shipment.trackingNo}`, { carrier: shipment.carrier, trackingNo: shipment.trackingNo, shippedAt: new Date() }),
    );
    if (!shipped) await refuseTransition(this.dataSource.manager, orderId, '发货');
    return this.orders.detail(orderId);
  }

  /**
   * Completes an order: the buyer confirms receipt (memberId given: only their own shipped
   * order), staff hand over a paid or pickup order, or the auto-confirm job. Points are earned
   * here, once, because only the call that wins the conditional status change earns them.
   */
  async complete(orderId: number, actor: string, note: string, memberId?: number): Promise<OrderView> {
    const order = await this.dataSource.manager.findOneBy(OrderEntity, memberId === undefined ? { id: orderId } : { id: orderId, memberId });
    if (!order) throw new AppError('NOT_FOUND', '订单不存在');
    if (memberId !== undefined && order.status !== 'shipped') throw new AppError('ORDER_STATE_CONFLICT', `订单${ORDER_STATUS_LABELS[order.status]}，不能确认收货`);
    if (!(await this.completeIfStill(orderId, actor, note))) await refuseTransition(this.dataSource.manager, orderId, '完成');
    return this.orders.detail(orderId, memberId);
  }

  /** Completes shipped orders the buyer has not confirmed within `autoConfirmReceiptDays`. */
  async autoConfirmShipped(now: Date, batchSize = 200): Promise<number> {
    const until = new Date(now.getTime() - this.config.autoConfirmReceiptDays * 86_400_000);
    return forEachDueOrder(this.dataSource, this.logger, { status: 'shipped', column: 'shippedAt', until, batchSize, what: 'auto-confirm an order' }, (orderId) =>
      this.completeIfStill(orderId, 'job:auto-confirm', 'receipt confirmed automatically', now),
    );
  }


  private completeIfStill(orderId: number, actor: string, note: string, now = new Date()): Promise<boolean> {
    return inTransaction(this.dataSource, (manager) => this.orders.completeWithin(manager, orderId, actor, note, now));
  }

}
