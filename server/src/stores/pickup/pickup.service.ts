import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type OrderView } from '@shop/shared';
import { affectedRows, inTransaction } from '../../platform/transaction.js';
import type { InventoryService } from '../../inventory/inventory.service.js';
import { StockTransferEntity, type StockTransfer } from '../../inventory/stock-transfer.entity.js';
import type { NotificationsService } from '../../notifications/notifications.service.js';
import type { Order } from '../../orders/order.entity.js';
import { StoreEntity } from '../store.entity.js';
import type { AppConfig } from '../../config.js';
import type { Logger } from '../../platform/logger.js';
import type { RefundsService } from '../../payments/refunds.service.js';
import type { Refund } from '../../payments/refund.entity.js';
import { OrderItemEntity } from '../../orders/order-item.entity.js';
import { forEachDueOrder } from '../../orders/due-orders.js';

const ACTOR = 'job:pickup-uncollected';

const orderPage = (orderId: number) => `packages/trade/order/index?id=${orderId}`;

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
import { isAppError, type RateLimit, type RateLimiter } from '../../platform/rate-limiter.js';
import type { OrdersService } from '../../orders/orders.service.js';
import type { OrderLifecycleHooks } from '../../orders/order-lifecycle.js';
import { OrderEntity } from '../../orders/order.entity.js';
import { IsNull } from 'typeorm';
import type { StoreStaff } from '../store-staff.js';
import { parsePickupInput } from '../../orders/pickup-code.js';

/** Wrong codes a store may try before verification pauses: guessing a 6-digit code stays hopeless. */
export const WRONG_CODE_LIMIT: RateLimit = { limit: 10, windowMs: 10 * 60_000, message: '取货码错误次数过多，请 10 分钟后再试' };

/**
 * Pickup orders from payment to handover. Paid, an order is ready at once when its store held
 * the goods, or its goods travel from the warehouse and it is ready when staff receive them;
 * either way the member is told. Staff hand it over by the member's code (typed, or the QR
 * scanned): only their own store's ready orders; a verified order cannot be verified again
 * (the completion is one conditional update, so two tablets verifying at once make one
 * handover); wrong codes are counted per store and rate-limited.
 */
export class PickupService implements OrderLifecycleHooks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly inventory: InventoryService,
    private readonly notifications: NotificationsService,
    private readonly refunds: RefundsService,
    private readonly limiter: RateLimiter,
    private readonly policy: AppConfig['pickup'],
    private readonly logger: Logger,
  ) {}

  /**
   * Ready pickups nobody collected: a reminder after `remindDays` (once per order), and after
   * `expireDays`, where the store's policy says so, the order is cancelled: the goods go back on
   * the store's shelf and the member is refunded in full (the job; safe in several processes).
   */
  async handleUncollected(now: Date): Promise<number> {
    const reminded = await forEachDueOrder(this.dataSource, this.logger, { status: 'awaiting_pickup', column: 'pickupReadyAt', until: daysBefore(now, this.policy.remindDays), batchSize: 200, what: 'remind an uncollected pickup' }, (orderId) =>
      inTransaction(this.dataSource, async (manager) => {
        if (await this.notifications.queuedWithin(manager, 'pickup_reminder', orderId)) return false;
        const order = await manager.findOneByOrFail(OrderEntity, { id: orderId });
        await this.notifications.enqueueWithin(manager, { memberId: order.memberId, kind: 'pickup_reminder', orderId, page: orderPage(orderId), data: { character_string1: order.pickupCode ?? '', thing2: '您的自提商品已到店多日，请尽快到店取货' } });
        return true;
      }),
    );
    const expired = await forEachDueOrder(this.dataSource, this.logger, { status: 'awaiting_pickup', column: 'pickupReadyAt', until: daysBefore(now, this.policy.expireDays), batchSize: 200, what: 'cancel an uncollected pickup' }, async (orderId) => {
      // The refund is sent once the cancellation commits (recordOrderRefundWithin).
      const refund = await inTransaction(this.dataSource, (manager) => this.cancelUncollected(manager, orderId));
      return refund !== null;
    });
    return reminded + expired;
  }

  private async cancelUncollected(manager: EntityManager, orderId: number): Promise<Refund | null> {
    const order = await manager.findOneByOrFail(OrderEntity, { id: orderId });
    const store = order.storeId === null ? null : await manager.findOneBy(StoreEntity, { id: order.storeId });
    if (!store?.cancelUncollectedPickups) return null;
    const reason = '超期未取货，订单取消并退款';
    if (!(await this.orders.withdrawPaidWithin(manager, orderId, ACTOR, reason))) return null;
    const shelf = await this.inventory.locationOfStore(store.id, manager);
    for (const item of await manager.findBy(OrderItemEntity, { orderId })) {
      await this.inventory.changeOnHandWithin(manager, item.skuId, shelf.id, item.quantity, 'receive', ACTOR, `uncollected pickup ${order.orderNo} back on the shelf`);
    }
    // An order coupons paid in full has no money to return: it simply ends refunded.
    if (order.payableTotal === 0) {
      await this.orders.markRefundedWithin(manager, orderId, ACTOR);
      return null;
    }
    return this.refunds.recordOrderRefundWithin(manager, orderId, reason);
  }

  /** A pickup order was paid: ready now, or its goods start their way from the warehouse. */
  async proceeded(manager: EntityManager, order: Order, now: Date): Promise<void> {
    if (order.fulfillmentType !== 'pickup' || order.storeId === null) return;
    const storeLocation = await this.inventory.locationOfStore(order.storeId, manager);
    if (order.stockLocationId === storeLocation.id) {
      await this.markReady(manager, order, now);
      return;
    }
    await manager.insert(StockTransferEntity, { orderId: order.id, fromLocationId: order.stockLocationId, toStoreId: order.storeId, status: 'in_transit', arrivedAt: null, receivedBy: null });
  }

  /** Transfers on their way to the staff member's store. */
  async incoming(staff: StoreStaff): Promise<StockTransfer[]> {
    return this.dataSource.manager.find(StockTransferEntity, { where: { toStoreId: staff.store.id, status: 'in_transit' }, order: { id: 'ASC' }, take: 200 });
  }

  /** Staff received a transfer: its order is ready for the member, who is told. */
  async receive(staff: StoreStaff, transferId: number, now = new Date()): Promise<OrderView> {
    const orderId = await inTransaction(this.dataSource, async (manager) => {
      const transfer = await manager.findOneBy(StockTransferEntity, { id: transferId, toStoreId: staff.store.id });
      if (!transfer) throw new AppError('NOT_FOUND', '调拨单不存在');
      const arrived = await manager.update(StockTransferEntity, { id: transferId, status: 'in_transit' }, { status: 'arrived', arrivedAt: now, receivedBy: `staff:${staff.account.id}` });
      if (affectedRows(arrived) !== 1) throw new AppError('CONFLICT', '这批货已经签收过了');
      await this.markReady(manager, await manager.findOneByOrFail(OrderEntity, { id: transfer.orderId }), now);
      return transfer.orderId;
    });
    return this.orders.detail(orderId);
  }

  private async markReady(manager: EntityManager, order: Order, now: Date): Promise<void> {
    const ready = await manager.update(OrderEntity, { id: order.id, pickupReadyAt: IsNull() }, { pickupReadyAt: now });
    if (affectedRows(ready) !== 1) return;
    const store = await manager.findOneByOrFail(StoreEntity, { id: order.storeId! });
    await this.notifications.enqueueWithin(manager, {
      memberId: order.memberId,
      kind: 'pickup_ready',
      orderId: order.id,
      page: orderPage(order.id),
      data: { thing1: store.name.slice(0, 20), character_string2: order.pickupCode ?? '', thing3: `${store.address}`.slice(0, 20), thing4: '商品已到店，请凭取货码到店自提' },
    });
  }

  /**
   * The order a code stands for at the staff member's store, read only, before staff hand it
   * over. Wrong codes count towards the same limit as verification, so looking codes up is
   * no way around it; another store's code is not found.
   */
  async lookup(staff: StoreStaff, input: string, now = new Date()): Promise<{ order: OrderView; canVerify: boolean; blockedReason: string | null }> {
    const { waiting, candidates } = await this.candidates(staff, input, now);
    if (waiting.length > 1) throw ambiguousCode();
    const order = waiting[0] ?? candidates.find((o) => o.status === 'completed')!;
    const blockedReason = order.status === 'completed' ? ALREADY_VERIFIED : order.pickupReadyAt === null ? IN_TRANSIT : null;
    return { order: await this.orders.detail(order.id), canVerify: blockedReason === null, blockedReason };
  }

  async verify(staff: StoreStaff, input: string, now = new Date()): Promise<OrderView> {
    const { waiting } = await this.candidates(staff, input, now);
    if (waiting.length === 1 && waiting[0]!.pickupReadyAt === null) throw new AppError('ORDER_STATE_CONFLICT', IN_TRANSIT);
    if (waiting.length === 0) throw new AppError('ORDER_STATE_CONFLICT', ALREADY_VERIFIED);
    if (waiting.length > 1) throw ambiguousCode();
    const order = waiting[0]!;
    const done = await inTransaction(this.dataSource, (manager) => this.orders.completeWithin(manager, order.id, `staff:${staff.account.id}`, '到店取货核销', now));
    if (!done) throw new AppError('ORDER_STATE_CONFLICT', ALREADY_VERIFIED);
    return this.orders.detail(order.id);
  }

  /**
   * An admin hands a pickup over without its code (the buyer lost their phone, say): logged with
   * the admin and the reason, and refused while the goods are still in transit to the store, which
   * would leave the transfer open with goods that never arrived.
   */
  async overrideHandover(orderId: number, actor: string, reason: string, now = new Date()): Promise<OrderView> {
    const order = await this.dataSource.manager.findOneBy(OrderEntity, { id: orderId, fulfillmentType: 'pickup' });
    if (!order) throw new AppError('NOT_FOUND', '订单不存在');
    if (order.status === 'awaiting_pickup' && order.pickupReadyAt === null) throw new AppError('ORDER_STATE_CONFLICT', IN_TRANSIT);
    const done = await inTransaction(this.dataSource, (manager) => this.orders.completeWithin(manager, orderId, actor, `管理员代为核销：${reason}`, now));
    if (!done) throw new AppError('ORDER_STATE_CONFLICT', order.status === 'completed' ? ALREADY_VERIFIED : '订单当前状态不能取货');
    return this.orders.detail(orderId);
  }

  /**
   * This store's pickup orders for a code: those waiting for pickup, or at least one already
   * handed over. Anything else is a wrong code: counted per store, and after WRONG_CODE_LIMIT
   * the store's lookups and verifications pause.
   */
  private async candidates(staff: StoreStaff, input: string, now: Date): Promise<{ waiting: Order[]; candidates: Order[] }> {
    return this.limiter.attempt(`pickup-verify:store:${staff.store.id}`, WRONG_CODE_LIMIT, now, () => this.ordersForCode(staff, input), isAppError('PICKUP_CODE_INVALID'));
  }

  private async ordersForCode(staff: StoreStaff, input: string): Promise<{ waiting: Order[]; candidates: Order[] }> {
    const parsed = parsePickupInput(input);
    const candidates = parsed
      ? await this.dataSource.manager.find(OrderEntity, { where: { storeId: staff.store.id, fulfillmentType: 'pickup', pickupCode: parsed.code, ...(parsed.orderNo ? { orderNo: parsed.orderNo } : {}) }, order: { id: 'DESC' }, take: 5 })
      : [];
    const waiting = candidates.filter((o) => o.status === 'awaiting_pickup');
    if (waiting.length === 0 && !candidates.some((o) => o.status === 'completed')) throw new AppError('PICKUP_CODE_INVALID', '取货码不正确，或不是本店的订单');
    return { waiting, candidates };
  }
}

const IN_TRANSIT = '货品还在调拨途中，到店签收后才能取货';
const ALREADY_VERIFIED = '该订单已核销，请勿重复取货';

function ambiguousCode(): AppError {
  return new AppError('CONFLICT', '该取货码对应多个订单，请扫描顾客的取货二维码');
}
