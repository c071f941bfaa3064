import type { DataSource } from 'typeorm';
import { AppError, type OrderView } from '@shop/shared';
import { inTransaction } from '../../db/transaction.js';
import type { RateLimit, RateLimiter } from '../../http/rate-limiter.js';
import type { OrdersService } from '../../orders/orders.service.js';
import { OrderEntity } from '../../orders/order.entity.js';
import type { StoreStaff } from '../store-staff.js';
import { parsePickupInput } from './pickup-code.js';

/** Wrong codes a store may try before verification pauses: guessing a 6-digit code stays hopeless. */
export const WRONG_CODE_LIMIT: RateLimit = { limit: 10, windowMs: 10 * 60_000, message: '取货码错误次数过多，请 10 分钟后再试' };

/**
 * Staff hand over pickup orders by the member's code (typed, or the QR scanned). Only their
 * own store's orders; a verified order cannot be verified again (the completion is one
 * conditional update, so two tablets verifying at once make one handover); wrong codes are
 * counted per store and rate-limited.
 */
export class PickupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly limiter: RateLimiter,
  ) {}

  async verify(staff: StoreStaff, input: string, now = new Date()): Promise<OrderView> {
    const limitKey = `pickup-verify:store:${staff.store.id}`;
    await this.limiter.assertAllowed(limitKey, WRONG_CODE_LIMIT, now);
    const parsed = parsePickupInput(input);
    const candidates = parsed
      ? await this.dataSource.manager.find(OrderEntity, { where: { storeId: staff.store.id, fulfillmentType: 'pickup', pickupCode: parsed.code, ...(parsed.orderNo ? { orderNo: parsed.orderNo } : {}) }, order: { id: 'DESC' }, take: 5 })
      : [];
    const waiting = candidates.filter((o) => o.status === 'awaiting_pickup');
    if (waiting.length === 0) {
      if (candidates.some((o) => o.status === 'completed')) throw new AppError('ORDER_STATE_CONFLICT', '该订单已核销，请勿重复取货');
      await this.limiter.recordFailure(limitKey, WRONG_CODE_LIMIT, now);
      throw new AppError('PICKUP_CODE_INVALID', '取货码不正确，或不是本店的订单');
    }
    if (waiting.length > 1) throw new AppError('CONFLICT', '该取货码对应多个订单，请扫描顾客的取货二维码');
    const order = waiting[0]!;
    const done = await inTransaction(this.dataSource, (manager) => this.orders.completeWithin(manager, order.id, `staff:${staff.account.id}`, '到店取货核销', now));
    if (!done) throw new AppError('ORDER_STATE_CONFLICT', '该订单已核销，请勿重复取货');
    return this.orders.detail(order.id);
  }
}
