import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@shop/shared';
import { affectedRows, inTransaction } from '../db/transaction.js';
import { StockEntity, type Stock } from './stock.entity.js';
import { StockMovementEntity, type StockMovementKind } from './stock-movement.entity.js';
import { ReservationEntity, type Reservation } from './reservation.entity.js';
import { StockLocationEntity, type StockLocation } from './stock-location.entity.js';

export function outOfStock(skuId: number): AppError {
  return new AppError('OUT_OF_STOCK', '有商品库存不足', [{ path: `sku:${skuId}`, message: 'insufficient stock' }]);
}

export interface ReserveLine {
  skuId: number;
  quantity: number;
}

/**
 * Stock per (SKU, location) and its ledger. Every change is one conditional UPDATE plus one
 * ledger row in the caller's transaction, so stock can never go negative, a reservation leaves
 * 'reserved' exactly once, and the current figures can be replayed from the ledger.
 *
 * Methods taking an EntityManager run inside the caller's transaction (orders create/cancel);
 * the others open their own.
 */
export class InventoryService {
  constructor(private readonly dataSource: DataSource) {}

  async warehouse(manager: EntityManager = this.dataSource.manager): Promise<StockLocation> {
    const location = await manager.findOneBy(StockLocationEntity, { kind: 'warehouse' });
    if (!location) throw new AppError('STORE_UNAVAILABLE', '尚未配置中心仓');
    return location;
  }

  async locationOfStore(storeId: number, manager: EntityManager = this.dataSource.manager): Promise<StockLocation> {
    const location = await manager.findOneBy(StockLocationEntity, { storeId });
    if (!location) throw new AppError('STORE_UNAVAILABLE', '该门店没有库存');
    return location;
  }

  /** Available units (onHand - reserved) per SKU at one location; missing rows count as 0. */
  async availableAt(locationId: number, skuIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, number>> {
    const result = new Map<number, number>(skuIds.map((id) => [id, 0]));
    if (skuIds.length === 0) return result;
    const rows = await manager
      .createQueryBuilder(StockEntity, 's')
      .where('s.locationId = :locationId AND s.skuId IN (:...skuIds)', { locationId, skuIds: [...skuIds] })
      .getMany();
    for (const row of rows) result.set(row.skuId, row.onHand - row.reserved);
    return result;
  }

  /** Available units per SKU and location, for product pages (delivery vs pickup per store) and dispatch. */
  async availabilityBySku(skuIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Stock[]> {
    if (skuIds.length === 0) return [];
    return manager.createQueryBuilder(StockEntity, 's').where('s.skuId IN (:...skuIds)', { skuIds: [...skuIds] }).getMany();
  }

  /**
   * Reserves every line for an order at one location, or throws OUT_OF_STOCK and reserves
   * nothing (the caller's transaction rolls back). Lines are locked in SKU order so concurrent
   * multi-line orders cannot deadlock each other.
   */
  async reserve(manager: EntityManager, orderId: number, locationId: number, lines: readonly ReserveLine[], actor: string): Promise<void> {
    const ordered = [...lines].sort((a, b) => a.skuId - b.skuId);
    for (const line of ordered) {
      const result = await manager
        .createQueryBuilder()
        .update(StockEntity)
        .set({ reserved: () => `reserved + ${Number(line.quantity)}` })
        .where('skuId = :skuId AND locationId = :locationId AND onHand - reserved >= :quantity', {
          skuId: line.skuId,
          locationId,
          quantity: line.quantity,
        })
        .execute();
      if (affectedRows(result) !== 1) throw outOfStock(line.skuId);
      await manager.insert(ReservationEntity, { orderId, skuId: line.skuId, locationId, quantity: line.quantity, status: 'reserved' });
      await this.record(manager, { skuId: line.skuId, locationId, kind: 'reserve', onHandDelta: 0, reservedDelta: line.quantity, orderId, actor, reason: 'order placed' });
    }
  }

  /** Returns an order's reserved units to available; a second call changes nothing. */
  async releaseForOrder(manager: EntityManager, orderId: number, actor: string, reason: string): Promise<number> {
    return this.settle(manager, orderId, 'released', actor, reason);
  }

  /** Turns an order's reservations into shipped-out stock (paid); a second call changes nothing. */
  async commitForOrder(manager: EntityManager, orderId: number, actor: string, reason = 'order paid'): Promise<number> {
    return this.settle(manager, orderId, 'committed', actor, reason);
  }

  private async settle(manager: EntityManager, orderId: number, to: 'released' | 'committed', actor: string, reason: string): Promise<number> {
    const reservations = await manager.findBy(ReservationEntity, { orderId, status: 'reserved' });
    let settled = 0;
    for (const reservation of reservations.sort((a, b) => a.skuId - b.skuId)) {
      if (await this.settleOne(manager, reservation, to, actor, reason)) settled++;
    }
    return settled;
  }

  private async settleOne(manager: EntityManager, reservation: Reservation, to: 'released' | 'committed', actor: string, reason: string): Promise<boolean> {
    // Claim the reservation first: only the caller whose update matched may move stock.
    const claimed = await manager.update(ReservationEntity, { id: reservation.id, status: 'reserved' }, { status: to });
    if (affectedRows(claimed) !== 1) return false;
    const quantity = reservation.quantity;
    const onHandDelta = to === 'committed' ? -quantity : 0;
    const moved = await manager
      .createQueryBuilder()
      .update(StockEntity)
      .set({ reserved: () => `reserved - ${quantity}`, onHand: () => `onHand + ${onHandDelta}` })
      .where('skuId = :skuId AND locationId = :locationId AND reserved >= :quantity AND onHand + :onHandDelta >= 0', {
        skuId: reservation.skuId,
        locationId: reservation.locationId,
        quantity,
        onHandDelta,
      })
      .execute();
    // A reservation always has its units in `reserved`; anything else is corrupt data, and the
    // whole transaction must fail rather than write a ledger row that did not happen.
    if (affectedRows(moved) !== 1) throw new Error(`stock for reservation ${reservation.id} does not hold its ${quantity} reserved units`);
    const kind: StockMovementKind = to === 'committed' ? 'commit' : 'release';
    await this.record(manager, { skuId: reservation.skuId, locationId: reservation.locationId, kind, onHandDelta, reservedDelta: -quantity, orderId: reservation.orderId, actor, reason });
    return true;
  }

  /** Goods received into a location (creates the stock row on first receipt). */
  async receive(skuId: number, locationId: number, quantity: number, actor: string, reason: string): Promise<Stock> {
    return inTransaction(this.dataSource, (manager) => this.changeOnHand(manager, skuId, locationId, quantity, 'receive', actor, reason));
  }

  /** Signed correction of on-hand units; never takes available below zero. */
  async adjust(skuId: number, locationId: number, delta: number, actor: string, reason: string): Promise<Stock> {
    return inTransaction(this.dataSource, (manager) => this.changeOnHand(manager, skuId, locationId, delta, 'adjust', actor, reason));
  }

  async changeOnHand(manager: EntityManager, skuId: number, locationId: number, delta: number, kind: 'receive' | 'adjust', actor: string, reason: string): Promise<Stock> {
    await this.ensureStockRow(manager, skuId, locationId);
    const result = await manager
      .createQueryBuilder()
      .update(StockEntity)
      .set({ onHand: () => `onHand + ${Number(delta)}` })
      .where('skuId = :skuId AND locationId = :locationId AND onHand - reserved + :delta >= 0', { skuId, locationId, delta })
      .execute();
    if (affectedRows(result) !== 1) {
      throw new AppError('CONFLICT', '调整后可用库存将小于零');
    }
    await this.record(manager, { skuId, locationId, kind, onHandDelta: delta, reservedDelta: 0, orderId: null, actor, reason });
    return manager.findOneByOrFail(StockEntity, { skuId, locationId });
  }

  private async ensureStockRow(manager: EntityManager, skuId: number, locationId: number): Promise<void> {
    // INSERT IGNORE / INSERT OR IGNORE: two first receipts racing both end with one row.
    await manager.createQueryBuilder().insert().into(StockEntity).values({ skuId, locationId, onHand: 0, reserved: 0 }).orIgnore().updateEntity(false).execute();
  }

  private async record(
    manager: EntityManager,
    movement: { skuId: number; locationId: number; kind: StockMovementKind; onHandDelta: number; reservedDelta: number; orderId: number | null; actor: string; reason: string },
  ): Promise<void> {
    await manager.insert(StockMovementEntity, movement);
  }
}
