import { createHash } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  AppError,
  MAX_FEN,
  MAX_ORDER_LINES,
  ORDER_STATUS_LABELS,
  priceOrder,
  pricingInput,
  type AddressSnapshot,
  type OrderRequest,
  type PlacementFulfillment,
  type OrderSource,
  type Fen,
  type OrderPreviewView,
  type OrderView,
  type Page,
  type PricingContext,
  type PricingCoupon,
  type PricingResult,
} from '@shop/shared';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { outOfStock, type InventoryService } from '../inventory/inventory.service.js';
import type { SkuCatalog, SkuWithProduct } from '../catalog/sku-catalog.js';
import { deliveryPartsView, lineLocation, type FulfillmentPart, type FulfillmentPlanner } from '../fulfillment/fulfillment-planner.js';
import { StoreEntity, type Store } from '../stores/store.entity.js';
import type { CartService } from '../cart/cart.service.js';
import type { CouponsService } from '../coupons/coupons.service.js';
import type { MemberBenefits, OrderLoyalty } from '../membership/order-loyalty.js';
import { OrderEntity, type Order } from './order.entity.js';
import { OrderItemEntity } from './order-item.entity.js';
import { OrderEventEntity } from './order-event.entity.js';
import { newOrderNumber } from './order-number.js';
import { fulfillmentView, orderView } from './order-views.js';
import { transitionOrder } from './order-transitions.js';
import { forEachDueOrder } from './due-orders.js';
import { groupBy } from '../util/group-by.js';
import { locking } from '../platform/locking.js';
import type { OrderLifecycle } from './order-lifecycle.js';
import { newPickupCode } from './pickup-code.js';

/** An order request as the service takes it: the consumer's body, or a staff member's (carry-out, typed address). */
export type PlacementRequest = Omit<OrderRequest, 'fulfillment'> & { fulfillment: PlacementFulfillment };

/** A buyer who is a member (every consumer; staff orders for a member). */
export type MemberBuyer = Buyer & { memberId: number };

export interface Buyer {
  /** null: a guest buying in a store (carry-out, no membership benefits). */
  memberId: number | null;
  channel: string;
  staffId: number | null;
  actor: string;
}

export interface OrderListFilter {
  memberId?: number;
  /** Any of these statuses. */
  status?: Order['status'][];
  from?: Date;
  to?: Date;
  channel?: string;
  storeId?: number;
  cursor?: string;
  limit: number;
}

/** Everything an order needs, resolved and priced, before anything is written. */
interface Quote {
  lines: { item: SkuWithProduct; qty: number }[];
  pricing: PricingResult;
  address: AddressSnapshot | null;
  store: Store | null;
  stockLocationId: number;
  /** A split delivery's parts (each line reserved at its part's location); null: all at stockLocationId. */
  parts: FulfillmentPart[] | null;
  fromCart: boolean;
  /** The member's coupons as priced, to tell a shipping coupon from a goods coupon. */
  coupons: PricingCoupon[];
  benefits: MemberBenefits;
}

const MAX_ORDER_NUMBER_ATTEMPTS = 3;

/**
 * An order placed through a promotion (a group-buy seat): its own unit prices, which take no
 * coupon and no points, and a step run inside the order's transaction once the order exists
 * (taking a seat, a campaign's stock); throwing there rolls the whole order back.
 */
export interface OrderOffer {
  source: Exclude<OrderSource, 'normal'>;
  /** Identifies the offer in the idempotency hash: the same key for another group is another request. */
  key: string;
  prices: ReadonlyMap<number, Fen>;
  placed(manager: EntityManager, orderId: number): Promise<void>;
}

/** The staff member credited for a member's own order placed at `now`; null for none. */
export type Referrer = (manager: EntityManager, memberId: number, now: Date) => Promise<number | null>;

/** What the orders service is built from (services.ts), named rather than positional. */
export interface OrdersDependencies {
  dataSource: DataSource;
  config: AppConfig;
  skus: SkuCatalog;
  inventory: InventoryService;
  fulfillment: FulfillmentPlanner;
  cart: CartService;
  coupons: CouponsService;
  loyalty: OrderLoyalty;
  /** Who else hears of placed, paid, cancelled, proceeded and refunded orders. */
  lifecycle: OrderLifecycle;
  /**
   * Who gets credit for a member's own (mini-program) orders: the staff member the member is
   * bound to (导购), if any. Orders staff place carry their own staffId.
   */
  referrer: Referrer;
  logger: Logger;
}

export class OrdersService {
  private readonly dataSource: DataSource;
  private readonly config: AppConfig;
  private readonly skus: SkuCatalog;
  private readonly inventory: InventoryService;
  private readonly fulfillment: FulfillmentPlanner;
  private readonly cart: CartService;
  private readonly coupons: CouponsService;
  private readonly loyalty: OrderLoyalty;
  private readonly lifecycle: OrderLifecycle;
  private readonly referrer: Referrer;
  private readonly logger: Logger;

  constructor(deps: OrdersDependencies) {
    ({ dataSource: this.dataSource, config: this.config, skus: this.skus, inventory: this.inventory, fulfillment: this.fulfillment, cart: this.cart, coupons: this.coupons, loyalty: this.loyalty, lifecycle: this.lifecycle, referrer: this.referrer, logger: this.logger } = deps);
  }

  /** The exact price and stock situation POST /orders would see, without writing anything. */
  async preview(buyer: Buyer, request: PlacementRequest): Promise<OrderPreviewView> {
    const quote = await this.quote(this.dataSource.manager, buyer, request);
    const available = await this.availableForLines(this.dataSource.manager, quote);
    const lines = quote.pricing.lines.map((priced, index) => {
      const line = quote.lines[index]!;
      const units = available[index] ?? 0;
      return { ...lineView(line, priced), available: units, problem: units < line.qty ? ('insufficient_stock' as const) : null };
    });
    return {
      lines,
      fulfillment: fulfillmentView(request.fulfillment.type, quote.address, quote.store, quote.parts ? deliveryPartsView(quote.parts, quote.lines.map((l) => ({ skuId: l.item.sku.id, quantity: l.qty }))) : null),
      itemsTotal: quote.pricing.itemsTotal,
      discounts: quote.pricing.discounts,
      discountTotal: quote.pricing.discountTotal,
      shippingFee: quote.pricing.shippingFee,
      shippingDiscount: quote.pricing.shippingDiscount,
      payableTotal: quote.pricing.payableTotal,
      appliedCoupons: quote.pricing.appliedCoupons,
      couponReport: quote.pricing.couponReport,
      rejectedChosen: quote.pricing.rejectedChosen,
      coupons: quote.coupons,
      pointsBalance: quote.benefits.pointsBalance,
      pointsUsable: quote.pricing.pointsUsable,
      pointsUsed: quote.pricing.pointsUsed,
      pointsDeduction: quote.pricing.pointsDeduction,
      tier: quote.benefits.tier,
      freeShippingThreshold: quote.pricing.freeShippingThreshold,
      canSubmit: lines.every((l) => l.problem === null) && quote.pricing.rejectedChosen.length === 0,
    };
  }

  /**
   * Creates the order in one transaction: order row (claims the idempotency key), items,
   * stock reservations, cart clean-up, created event. Any failure rolls all of it back.
   * The same Idempotency-Key with the same body returns the first order, never a second one.
   */
  async create(buyer: Buyer, request: PlacementRequest, idempotencyKey: string | null, offer: OrderOffer | null = null): Promise<{ order: OrderView; replayed: boolean }> {
    const scope = idempotencyKey ? buyer.actor : null;
    const requestHash = idempotencyKey ? hashRequest(request, offer?.key ?? null) : null;
    if (scope && idempotencyKey) {
      const existing = await this.findByIdempotencyKey(scope, idempotencyKey, requestHash);
      if (existing) return { order: existing, replayed: true };
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const orderId = await inTransaction(this.dataSource, (manager) => this.insertOrder(manager, buyer, request, offer, { scope, idempotencyKey, requestHash }));
        return { order: await this.detail(orderId), replayed: false };
      } catch (error) {
        // A concurrent request with the same key may have committed while this attempt ran: its
        // order is the answer, whatever this attempt tripped over (the key's unique index, or a
        // stock or cart check that the first request's commit changed).
        if (scope && idempotencyKey) {
          const existing = await this.findByIdempotencyKey(scope, idempotencyKey, requestHash);
          if (existing) return { order: existing, replayed: true };
        }
        // Otherwise only a collision of the random order number is worth another attempt.
        if (!isUniqueViolation(error) || attempt >= MAX_ORDER_NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  private async insertOrder(
    manager: EntityManager,
    buyer: Buyer,
    request: PlacementRequest,
    offer: OrderOffer | null,
    idempotency: { scope: string | null; idempotencyKey: string | null; requestHash: string | null },
  ): Promise<number> {
    const quote = await this.quote(manager, buyer, request, offer);
    // Each line is reserved where it ships from: the order's location, or its part's when split.
    const reserveLines = quote.lines.map((l) => ({ skuId: l.item.sku.id, quantity: l.qty, locationId: lineLocation(quote, l.item.sku.id) }));
    // Sold out is the common answer during a flash sale: say so before writing anything. This
    // read is only a shortcut; the conditional update in reserve() is what prevents overselling.
    const available = await this.availableForLines(manager, quote);
    const short = reserveLines.find((l, index) => (available[index] ?? 0) < l.quantity);
    if (short) throw outOfStock(short.skuId);
    const rejected = quote.pricing.rejectedChosen;
    if (rejected.length > 0) {
      throw new AppError('COUPON_NOT_APPLICABLE', rejected[0]!.reason ?? 'A chosen coupon cannot be used on this order', rejected.map((r) => ({ path: `coupons.${r.couponId}`, message: r.reason ?? r.reasonCode ?? 'not applicable' })));
    }
    // The preview caps the points silently; the order charges only what the buyer agreed to.
    if (request.points > quote.pricing.pointsUsed) {
      throw new AppError('POINTS_INSUFFICIENT', `本单最多可用 ${quote.pricing.pointsUsable} 积分，请重新结算`, [{ path: 'points', message: `at most ${quote.pricing.pointsUsable}` }]);
    }
    const now = new Date();
    const { pricing } = quote;
    const orderNo = newOrderNumber(now);
    const inserted = await manager.insert(OrderEntity, {
      orderNo,
      memberId: buyer.memberId,
      status: 'pending_payment',
      fulfillmentType: request.fulfillment.type,
      storeId: quote.store?.id ?? null,
      stockLocationId: quote.stockLocationId,
      address: quote.address,
      channel: buyer.channel,
      source: offer?.source ?? 'normal',
      staffId: buyer.staffId ?? (buyer.memberId === null ? null : await this.referrer(manager, buyer.memberId, now)),
      itemsTotal: pricing.itemsTotal,
      discountTotal: pricing.discountTotal,
      shippingFee: pricing.shippingFee,
      shippingDiscount: pricing.shippingDiscount,
      payableTotal: pricing.payableTotal,
      discounts: pricing.discounts,
      pointsUsed: pricing.pointsUsed,
      pointsEarned: 0,
      refundedTotal: 0,
      pickupCode: request.fulfillment.type === 'pickup' && quote.store ? await newPickupCode(manager, quote.store.id) : null,
      pickupReadyAt: null,
      carrier: null,
      trackingNo: null,
      shippedAt: null,
      completedAt: null,
      buyerNote: request.buyerNote,
      idempotencyScope: idempotency.scope,
      idempotencyKey: idempotency.idempotencyKey,
      requestHash: idempotency.requestHash,
      payDeadline: new Date(now.getTime() + this.config.orderPayTimeoutMinutes * 60_000),
      paidAt: null,
      cancelledAt: null,
      cancelReason: null,
    });
    const orderId = Number(inserted.identifiers[0]?.id);
    await manager.insert(
      OrderItemEntity,
      pricing.lines.map((priced, index) => {
        const { item } = quote.lines[index]!;
        return {
          orderId,
          productId: item.product.id,
          skuId: item.sku.id,
          title: item.product.title,
          specText: item.specText,
          image: item.product.images[0] ?? null,
          quantity: priced.quantity,
          listPrice: priced.listPrice,
          unitPrice: priced.unitPrice,
          discounts: priced.discounts,
          discountTotal: priced.listTotal - priced.payable,
          payable: priced.payable,
        };
      }),
    );
    if (offer) await offer.placed(manager, orderId);
    if (pricing.appliedCoupons.length > 0 && buyer.memberId !== null) {
      await this.coupons.lockForOrderWithin(manager, buyer.memberId, orderId, appliedCouponDiscounts(pricing, quote.coupons), pricing.payableTotal, now);
    }
    await this.loyalty.placed(manager, { id: orderId, orderNo, memberId: buyer.memberId, payableTotal: pricing.payableTotal, shippingFee: pricing.shippingFee, pointsUsed: pricing.pointsUsed, pointsEarned: 0, refundedTotal: 0 });
    if (quote.fromCart && buyer.memberId !== null) await this.cart.removeSkusWithin(manager, buyer.memberId, quote.lines.map((l) => l.item.sku.id));
    await manager.insert(OrderEventEntity, { orderId, fromStatus: null, toStatus: 'pending_payment', actor: buyer.actor, note: 'order placed' });
    // Last, so the hot stock rows stay locked only from here to commit.
    await this.inventory.reserveEachWithin(manager, orderId, reserveLines, buyer.actor);
    // Coupons and points can cover everything; WeChat cannot take a zero payment, and none is owed.
    if (pricing.payableTotal === 0) await this.markPaidWithin(manager, orderId, now, buyer.actor);
    return orderId;
  }

  private async quote(manager: EntityManager, buyer: Buyer, request: PlacementRequest, offer: OrderOffer | null = null): Promise<Quote> {
    const fromCart = request.fromCart === true;
    const requested = fromCart && buyer.memberId !== null ? await this.cart.selectedLines(buyer.memberId, manager) : (request.lines ?? []);
    if (requested.length === 0) throw new AppError('CART_EMPTY', '请先在购物车中选择商品');
    if (requested.length > MAX_ORDER_LINES) {
      throw new AppError('VALIDATION_FAILED', `一个订单最多 ${MAX_ORDER_LINES} 种商品，请少选一些`, [{ path: 'lines', message: `more than ${MAX_ORDER_LINES} lines` }]);
    }
    const catalog = await this.skus.load(
      requested.map((l) => l.skuId),
      manager,
    );
    const lines = requested.map((line, index) => {
      const item = catalog.get(line.skuId);
      if (!item) throw new AppError('NOT_FOUND', '有商品不存在', [{ path: `lines.${index}.skuId`, message: `no SKU ${line.skuId}` }]);
      if (!item.purchasable) {
        throw new AppError('PRODUCT_UNAVAILABLE', `“${item.product.title}”已下架`, [{ path: `lines.${index}.skuId`, message: 'off shelf' }]);
      }
      return { item, qty: line.qty };
    });

    const { address, store, stockLocationId, parts } = await this.fulfillment.plan(manager, buyer.memberId, request.fulfillment, lines.map((l) => ({ skuId: l.item.sku.id, quantity: l.qty })), this.config.dispatch);

    const { context, benefits } = buyer.memberId === null ? this.guestPricing(new Date()) : await this.pricingContextOf(buyer.memberId, new Date(), manager);
    const pricing = priceOrder(
      pricingInput(context, {
        lines: lines.map(({ item, qty }) => ({
          skuId: item.sku.id,
          quantity: qty,
          listPrice: item.sku.price,
          memberPrice: item.sku.memberPrice,
          productId: item.product.id,
          categoryId: item.product.categoryId,
          groupPrice: offer?.prices.get(item.sku.id) ?? null,
        })),
        fulfillment: request.fulfillment.type,
        coupons: request.coupons,
        points: request.points,
      }),
    );
    // The payable adds shipping to the goods: both must fit the order's INT money columns.
    if (pricing.itemsTotal > MAX_FEN || pricing.payableTotal > MAX_FEN) throw new AppError('VALIDATION_FAILED', '订单金额过大，请分开下单', [{ path: 'lines', message: `total above ${MAX_FEN} fen` }]);
    return { lines, pricing, address, store, stockLocationId, parts, fromCart, coupons: context.coupons, benefits };
  }

  /** Available units for each quoted line (in line order) where that line would be reserved. */
  private async availableForLines(manager: EntityManager, quote: Quote): Promise<number[]> {
    const locationOf = quote.lines.map((l) => lineLocation(quote, l.item.sku.id));
    const byLocation = new Map<number, Map<number, number>>();
    for (const locationId of new Set(locationOf)) {
      byLocation.set(locationId, await this.inventory.availableAt(locationId, quote.lines.map((l) => l.item.sku.id), manager));
    }
    return quote.lines.map((l, index) => byLocation.get(locationOf[index]!)?.get(l.item.sku.id) ?? 0);
  }

  /** The buyer's pricing context: what every preview and order of theirs is priced with. */
  async pricingContext(memberId: number): Promise<PricingContext> {
    return (await this.pricingContextOf(memberId, new Date(), this.dataSource.manager)).context;
  }

  /** A guest pays list prices: no tier, no points, no coupons. */
  private guestPricing(now: Date): { context: PricingContext; benefits: MemberBenefits } {
    return {
      context: { shippingRule: this.config.shipping, pointsRule: this.loyalty.pointsRule, member: null, coupons: [], now: now.toISOString() },
      benefits: { member: {}, tier: null, pointsBalance: 0 },
    };
  }

  private async pricingContextOf(memberId: number, now: Date, manager: EntityManager): Promise<{ context: PricingContext; benefits: MemberBenefits }> {
    const [coupons, benefits] = await Promise.all([this.coupons.pricingCouponsOf(memberId, now, manager), this.loyalty.benefitsOf(memberId, manager)]);
    return { context: { shippingRule: this.config.shipping, pointsRule: this.loyalty.pointsRule, member: benefits.member, coupons, now: now.toISOString() }, benefits };
  }

  private async findByIdempotencyKey(scope: string, key: string, requestHash: string | null): Promise<OrderView | null> {
    const existing = await this.dataSource.manager.findOneBy(OrderEntity, { idempotencyScope: scope, idempotencyKey: key });
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', '这个 Idempotency-Key 已用于另一个下单请求');
    }
    return this.detail(existing.id);
  }

  async detail(orderId: number, memberId?: number): Promise<OrderView> {
    const manager = this.dataSource.manager;
    const order = await manager.findOneBy(OrderEntity, memberId === undefined ? { id: orderId } : { id: orderId, memberId });
    if (!order) throw new AppError('NOT_FOUND', '订单不存在');
    const [items, events, store, parts] = await Promise.all([
      manager.find(OrderItemEntity, { where: { orderId }, order: { id: 'ASC' } }),
      manager.find(OrderEventEntity, { where: { orderId }, order: { id: 'ASC' } }),
      order.storeId ? manager.findOneBy(StoreEntity, { id: order.storeId }) : Promise.resolve(null),
      this.fulfillment.partsOfOrderWithin(manager, order),
    ]);
    return orderView(order, items, store, events, parts ? deliveryPartsView(parts, items.map((i) => ({ skuId: i.skuId, quantity: i.quantity }))) : null);
  }

  /** Newest first, keyset-paginated by id; items and stores loaded in bulk for the page. */
  async list(filter: OrderListFilter): Promise<Page<OrderView>> {
    const cursor = decodeCursor(filter.cursor);
    const query = this.dataSource.manager.createQueryBuilder(OrderEntity, 'o').orderBy('o.id', 'DESC').take(filter.limit + 1);
    if (filter.memberId !== undefined) query.andWhere('o.memberId = :memberId', { memberId: filter.memberId });
    if (filter.status) query.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    if (filter.from) query.andWhere('o.createdAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('o.createdAt < :to', { to: filter.to });
    if (filter.channel) query.andWhere('o.channel = :channel', { channel: filter.channel });
    if (filter.storeId !== undefined) query.andWhere('o.storeId = :storeId', { storeId: filter.storeId });
    if (cursor) query.andWhere('o.id < :cursorId', { cursorId: cursor.id });
    const page = pageOf(await query.getMany(), filter.limit, () => null);
    const orderIds = page.items.map((o) => o.id);
    const storeIds = [...new Set(page.items.map((o) => o.storeId).filter((id): id is number => id !== null))];
    const [items, stores] = await Promise.all([
      orderIds.length ? this.dataSource.manager.find(OrderItemEntity, { where: { orderId: In(orderIds) }, order: { id: 'ASC' } }) : Promise.resolve([]),
      storeIds.length ? this.dataSource.manager.findBy(StoreEntity, { id: In(storeIds) }) : Promise.resolve([]),
    ]);
    const itemsByOrder = groupBy(items, (i) => i.orderId);
    const storeById = new Map(stores.map((s) => [s.id, s]));
    return {
      items: page.items.map((o) => orderView(o, itemsByOrder.get(o.id) ?? [], o.storeId ? (storeById.get(o.storeId) ?? null) : null)),
      nextCursor: page.nextCursor,
    };
  }

  /** Orders of a channel created in [from, to): how many, how many paid, and the net paid (fen). */
  async salesSummary(channel: string, from: Date, to: Date): Promise<{ orders: number; paidOrders: number; netSales: number }> {
    const row = await this.dataSource.manager
      .createQueryBuilder(OrderEntity, 'o')
      .select('COUNT(*)', 'orders')
      .addSelect('SUM(CASE WHEN o.paidAt IS NOT NULL THEN 1 ELSE 0 END)', 'paidOrders')
      .addSelect('COALESCE(SUM(CASE WHEN o.paidAt IS NOT NULL THEN o.payableTotal - o.refundedTotal ELSE 0 END), 0)', 'netSales')
      .where('o.channel = :channel AND o.createdAt >= :from AND o.createdAt < :to', { channel, from, to })
      .getRawOne<{ orders: string | number; paidOrders: string | number | null; netSales: string | number }>();
    return { orders: Number(row?.orders ?? 0), paidOrders: Number(row?.paidOrders ?? 0), netSales: Number(row?.netSales ?? 0) };
  }

  /**
   * Cancels an unpaid order: the buyer's own (memberId given) or, for staff, one they may handle.
   * Cancelling an already cancelled order is a no-op.
   */
  async cancel(memberId: number | undefined, orderId: number, actor: string, reason = 'cancelled by buyer'): Promise<OrderView> {
    const order = await this.dataSource.manager.findOneBy(OrderEntity, memberId === undefined ? { id: orderId } : { id: orderId, memberId });
    if (!order) throw new AppError('NOT_FOUND', '订单不存在');
    const cancelled = await inTransaction(this.dataSource, (manager) => this.cancelWithin(manager, orderId, 'cancel', actor, reason));
    if (!cancelled) {
      const current = await this.dataSource.manager.findOneByOrFail(OrderEntity, { id: orderId });
      if (current.status !== 'cancelled') throw new AppError('ORDER_STATE_CONFLICT', `订单${ORDER_STATUS_LABELS[current.status]}，不能取消`);
    }
    return this.detail(orderId, memberId);
  }

  /**
   * Cancels unpaid orders whose pay deadline has passed. Safe with several processes running
   * it at once: each order's cancellation is a conditional update that only one of them wins,
   * and only the winner releases the stock.
   */
  async cancelExpiredUnpaid(now: Date, batchSize = 200, mayCancel: (orderId: number) => Promise<boolean> = async () => true): Promise<number> {
    return forEachDueOrder(this.dataSource, this.logger, { status: 'pending_payment', column: 'payDeadline', until: now, batchSize, what: 'cancel an expired order' }, async (orderId) => (await mayCancel(orderId)) && this.cancelIfExpired(orderId, now));
  }

  /** Cancels one order if it is still unpaid past its deadline; true if this call cancelled it. */
  async cancelIfExpired(orderId: number, now: Date): Promise<boolean> {
    return inTransaction(this.dataSource, (manager) => this.cancelWithin(manager, orderId, 'timeout', 'job:unpaid-timeout', 'not paid in time', now));
  }

  /**
   * Marks an order paid and commits its reserved stock, inside the payment's transaction.
   * Returns false (and changes nothing) when the order is not awaiting payment, so a repeated
   * payment notification cannot pay or commit twice.
   */
  async markPaidWithin(manager: EntityManager, orderId: number, paidAt: Date, actor: string): Promise<boolean> {
    if (!(await transitionOrder(manager, orderId, 'pay', actor, 'payment received', { paidAt }))) return false;
    const order = await manager.findOneByOrFail(OrderEntity, { id: orderId });
    if (await this.lifecycle.paid(manager, order)) return true;
    await this.proceedToFulfillmentWithin(manager, orderId, actor);
    return true;
  }

  /** A paid order goes on to shipping or pickup: its reserved stock leaves, once. */
  async proceedToFulfillmentWithin(manager: EntityManager, orderId: number, actor: string): Promise<boolean> {
    const order = await manager.findOneByOrFail(OrderEntity, { id: orderId });
    if (order.fulfillmentType === 'carry_out') {
      // The customer is at the counter: paying hands the goods over.
      if (!(await this.completeWithin(manager, orderId, actor, 'paid and carried out'))) return false;
    } else if (!(await transitionOrder(manager, orderId, order.fulfillmentType === 'pickup' ? 'to_pickup' : 'to_shipment', actor, 'ready for fulfillment', {}))) {
      return false;
    }
    await this.inventory.commitForOrderWithin(manager, orderId, actor);
    const proceeded = await manager.findOneByOrFail(OrderEntity, { id: orderId });
    await this.lifecycle.proceeded(manager, proceeded, new Date());
    return true;
  }

  /**
   * Completes an order inside the caller's transaction and earns its points, once: only the
   * call that wins the conditional status change gets this far.
   */
  async completeWithin(manager: EntityManager, orderId: number, actor: string, note: string, now = new Date()): Promise<boolean> {
    if (!(await transitionOrder(manager, orderId, 'complete', actor, note, { completedAt: now }))) return false;
    const order = await manager.findOneByOrFail(OrderEntity, { id: orderId });
    const earned = await this.loyalty.completed(manager, order, now);
    if (earned > 0) await manager.update(OrderEntity, { id: orderId }, { pointsEarned: earned });
    return true;
  }

  /**
   * A paid order that will not be fulfilled (its group failed): refunding, its reserved stock
   * back on sale. The caller records the refund in the same transaction.
   */
  async withdrawPaidWithin(manager: EntityManager, orderId: number, actor: string, reason: string): Promise<boolean> {
    if (!(await transitionOrder(manager, orderId, 'request_refund', actor, reason, {}))) return false;
    await this.inventory.releaseForOrderWithin(manager, orderId, actor, reason);
    return true;
  }

  /** A fully refunded order ends as refunded (a cancelled one stays cancelled). */
  async markRefundedWithin(manager: EntityManager, orderId: number, actor: string): Promise<void> {
    await transitionOrder(manager, orderId, 'request_refund', actor, 'refund requested', {});
    await transitionOrder(manager, orderId, 'refund', actor, 'refunded in full', {});
  }

  /** Cancels an unpaid order inside the caller's transaction; false when it is not unpaid (any more). */
  async cancelWithin(manager: EntityManager, orderId: number, transition: 'cancel' | 'timeout', actor: string, reason: string, now = new Date()): Promise<boolean> {
    // The deadline check is part of the update so a payment landing just before cannot be undone.
    const extra = transition === 'timeout' ? { deadlineBefore: now } : {};
    if (!(await transitionOrder(manager, orderId, transition, actor, reason, { cancelledAt: now, cancelReason: reason }, extra))) return false;
    await this.inventory.releaseForOrderWithin(manager, orderId, actor, reason);
    await this.lifecycle.cancelled(manager, await manager.findOneByOrFail(OrderEntity, { id: orderId }), now);
    return true;
  }
  /**
   * Books a succeeded refund on the order, inside the refund's transaction: the refunded total,
   * and membership's proportional take-back of growth and points.
   */
  async recordRefundWithin(manager: EntityManager, orderId: number, amount: number): Promise<void> {
    // Locked: two refunds of one order succeeding at once take back their shares in turn.
    const order = await locking(manager, manager.createQueryBuilder(OrderEntity, 'o').where('o.id = :orderId', { orderId })).getOneOrFail();
    await manager
      .createQueryBuilder()
      .update(OrderEntity)
      .set({ refundedTotal: () => `refundedTotal + ${Number(amount)}` })
      .where('id = :orderId', { orderId })
      .execute();
    await this.lifecycle.refunded(manager, order, amount);
  }
}

function lineView(line: Quote['lines'][number], priced: PricingResult['lines'][number]) {
  return {
    itemId: 0,
    skuId: priced.skuId,
    productId: line.item.product.id,
    title: line.item.product.title,
    specText: line.item.specText,
    image: line.item.product.images[0] ?? null,
    qty: priced.quantity,
    listPrice: priced.listPrice,
    unitPrice: priced.unitPrice,
    discounts: priced.discounts,
    payable: priced.payable,
  };
}

/**
 * What each applied coupon saves: a free-shipping coupon the fee it waives, a goods coupon its
 * entry in the discounts (none when it saves nothing, which the engine drops).
 */
function appliedCouponDiscounts(pricing: PricingResult, coupons: PricingCoupon[]): { couponId: number; discount: number }[] {
  return pricing.appliedCoupons.map((couponId) => {
    if (coupons.find((c) => c.id === couponId)?.kind === 'free_shipping') return { couponId, discount: pricing.shippingDiscount };
    return { couponId, discount: pricing.discounts.find((d) => d.couponId === couponId)?.amount ?? 0 };
  });
}

/** Stable hash of a validated order request, to tell a retry from a different request. */
function hashRequest(request: PlacementRequest, offerKey: string | null): string {
  return createHash('sha256').update(JSON.stringify(offerKey === null ? request : { request, offerKey })).digest('hex');
}

