import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError, MAX_INT } from '@shop/shared';
import { affectedRows, inTransaction } from '../platform/transaction.js';
import { StockEntity, type Stock } from './stock.entity.js';
import { StockMovementEntity, type StockMovementKind } from './stock-movement.entity.js';
import { ReservationEntity, type Reservation } from './reservation.entity.js';
import { SELLABLE_LOCATION_KINDS, StockLocationEntity, type StockLocation } from './stock-location.entity.js';

/** Which way a display move goes: sellable stock to samples, or samples back on sale. */
export type DisplayDirection = 'to_display' | 'to_stock';

export function outOfStock(skuId: number): AppError {
  return new AppError('OUT_OF_STOCK', '有商品库存不足', [{ path: `sku:${skuId}`, message: 'insufficient stock' }]);
}

/** On-hand units would pass what the INT column holds: refused before the UPDATE could overflow (a 500). */
function stockTooLarge(skuId: number): AppError {
  return new AppError('QUANTITY_TOO_LARGE', `库存数量不能超过 ${MAX_INT} 件`, [{ path: `sku:${skuId}`, message: `on hand would exceed ${MAX_INT}` }]);
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

  async warehouseWithin(manager: EntityManager = this.dataSource.manager): Promise<StockLocation> {
    const location = await manager.findOneBy(StockLocationEntity, { kind: 'warehouse' });
    if (!location) throw new AppError('STORE_UNAVAILABLE', '尚未配置中心仓');
    return location;
  }

  /** A store's sellable stock (never its display samples). */
  async locationOfStore(storeId: number, manager: EntityManager = this.dataSource.manager): Promise<StockLocation> {
    const location = await manager.findOneBy(StockLocationEntity, { storeId, kind: 'store' });
    if (!location) throw new AppError('STORE_UNAVAILABLE', '该门店没有库存');
    return location;
  }

  /** A store's display-samples location, or null when it has never held a sample. */
  async displayLocationOfStore(storeId: number, manager: EntityManager = this.dataSource.manager): Promise<StockLocation | null> {
    return manager.findOneBy(StockLocationEntity, { storeId, kind: 'display' });
  }

  /** Display samples per SKU at a store; SKUs without samples count 0. */
  async displayUnitsAt(storeId: number, skuIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, number>> {
    const location = await this.displayLocationOfStore(storeId, manager);
    if (!location) return new Map(skuIds.map((id) => [id, 0]));
    return this.availableAt(location.id, skuIds, manager);
  }

  /**
   * Moves `quantity` units of a SKU between a store's sellable stock and its display samples,
   * in one transaction: one conditional update and one ledger row at each end. Only available
   * units become samples (never ones reserved by an order); the display location is created on
   * a store's first sample. Both rows are updated in location-id order, so two moves racing in
   * opposite directions cannot deadlock each other.
   */
  async moveDisplay(storeId: number, skuId: number, quantity: number, direction: DisplayDirection, actor: string, reason: string): Promise<{ sellable: Stock; display: Stock }> {
    if (!Number.isInteger(quantity) || quantity <= 0) throw new AppError('VALIDATION_FAILED', '数量必须是正整数');
    return inTransaction(this.dataSource, async (manager) => {
      const sellable = await this.locationOfStore(storeId, manager);
      const display = (await this.displayLocationOfStore(storeId, manager)) ?? (await this.ensureDisplayLocation(manager, sellable));
      // Only a missing row is inserted: INSERT IGNORE on an existing one would share-lock it, and
      // two moves upgrading those locks to write would deadlock.
      for (const locationId of [sellable.id, display.id]) {
        if (!(await manager.findOneBy(StockEntity, { skuId, locationId }))) await this.ensureStockRow(manager, skuId, locationId);
      }
      const kind: StockMovementKind = direction === 'to_display' ? 'to_display' : 'from_display';
      const ends = [
        { locationId: sellable.id, delta: direction === 'to_display' ? -quantity : quantity },
        { locationId: display.id, delta: direction === 'to_display' ? quantity : -quantity },
      ].sort((a, b) => a.locationId - b.locationId);
      for (const end of ends) {
        const moved = await manager
          .createQueryBuilder()
          .update(StockEntity)
          .set({ onHand: () => `onHand + ${Number(end.delta)}` })
          .where('skuId = :skuId AND locationId = :locationId AND onHand - reserved + :delta >= 0 AND onHand + :delta <= :max', { skuId, locationId: end.locationId, delta: end.delta, max: MAX_INT })
          .execute();
        // The giving end can fall short; the receiving end can only be full.
        if (affectedRows(moved) !== 1) {
          if (end.delta > 0) throw stockTooLarge(skuId);
          throw direction === 'to_display'
            ? new AppError('OUT_OF_STOCK', '门店可售库存不足，无法转为样品', [{ path: `sku:${skuId}`, message: 'insufficient sellable stock' }])
            : new AppError('OUT_OF_STOCK', '样品数量不足', [{ path: `sku:${skuId}`, message: 'insufficient display samples' }]);
        }
        await this.record(manager, { skuId, locationId: end.locationId, kind, onHandDelta: end.delta, reservedDelta: 0, orderId: null, actor, reason });
      }
      return {
        sellable: await manager.findOneByOrFail(StockEntity, { skuId, locationId: sellable.id }),
        display: await manager.findOneByOrFail(StockEntity, { skuId, locationId: display.id }),
      };
    });
  }

  private async ensureDisplayLocation(manager: EntityManager, sellable: StockLocation): Promise<StockLocation> {
    const storeId = sellable.storeId!;
    // INSERT IGNORE on (storeId, kind): two first moves racing both end with one location.
    await manager
      .createQueryBuilder()
      .insert()
      .into(StockLocationEntity)
      .values({ code: `${sellable.code}-DISPLAY`.slice(0, 40), name: `${sellable.name} 样品`.slice(0, 80), kind: 'display', storeId })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return manager.findOneByOrFail(StockLocationEntity, { storeId, kind: 'display' });
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

  /**
   * Stock rows per SKU at sellable locations (warehouse and store stock; never display
   * samples), for product pages (delivery vs pickup per store) and dispatch.
   */
  async availabilityBySku(skuIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Stock[]> {
    if (skuIds.length === 0) return [];
    return manager
      .createQueryBuilder(StockEntity, 's')
      .innerJoin(StockLocationEntity.options.name, 'l', 'l.id = s.locationId AND l.kind IN (:...kinds)', { kinds: [...SELLABLE_LOCATION_KINDS] })
      .where('s.skuId IN (:...skuIds)', { skuIds: [...skuIds] })
      .getMany();
  }

  /**
   * Reserves every line for an order at one location, or throws OUT_OF_STOCK and reserves
   * nothing (the caller's transaction rolls back).
   */
  async reserveWithin(manager: EntityManager, orderId: number, locationId: number, lines: readonly ReserveLine[], actor: string): Promise<void> {
    await this.reserveEachWithin(manager, orderId, lines.map((line) => ({ ...line, locationId })), actor);
  }

  /**
   * Reserves each line at its own location (a split delivery), all or nothing like reserve().
   * Rows are locked in (SKU, location) order so concurrent multi-line orders cannot deadlock
   * each other; every location must be sellable (display samples never are).
   */
  async reserveEachWithin(manager: EntityManager, orderId: number, lines: readonly (ReserveLine & { locationId: number })[], actor: string): Promise<void> {
    if (lines.length === 0) return;
    const locationIds = [...new Set(lines.map((l) => l.locationId))];
    const sellable = new Set((await manager.findBy(StockLocationEntity, { id: In(locationIds) })).filter((l) => SELLABLE_LOCATION_KINDS.includes(l.kind)).map((l) => l.id));
    const refused = lines.find((l) => !sellable.has(l.locationId));
    if (refused) throw outOfStock(refused.skuId);
    const ordered = [...lines].sort((a, b) => a.skuId - b.skuId || a.locationId - b.locationId);
    for (const line of ordered) {
      const { locationId } = line;
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

  /** Where an order's lines were reserved (whatever became of the reservations since), in reservation order. */
  async locationsOfOrder(orderId: number, manager: EntityManager = this.dataSource.manager): Promise<{ skuId: number; locationId: number }[]> {
    const rows = await manager.find(ReservationEntity, { where: { orderId }, order: { id: 'ASC' } });
    return rows.map((r) => ({ skuId: r.skuId, locationId: r.locationId }));
  }

  /** Returns an order's reserved units to available; a second call changes nothing. */
  async releaseForOrderWithin(manager: EntityManager, orderId: number, actor: string, reason: string): Promise<number> {
    return this.settle(manager, orderId, 'released', actor, reason);
  }

  /** Turns an order's reservations into shipped-out stock (paid); a second call changes nothing. */
  async commitForOrderWithin(manager: EntityManager, orderId: number, actor: string, reason = 'order paid'): Promise<number> {
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
    return inTransaction(this.dataSource, (manager) => this.changeOnHandWithin(manager, skuId, locationId, quantity, 'receive', actor, reason));
  }

  /** Signed correction of on-hand units; never takes available below zero. */
  async adjust(skuId: number, locationId: number, delta: number, actor: string, reason: string): Promise<Stock> {
    return inTransaction(this.dataSource, (manager) => this.changeOnHandWithin(manager, skuId, locationId, delta, 'adjust', actor, reason));
  }

  async changeOnHandWithin(manager: EntityManager, skuId: number, locationId: number, delta: number, kind: 'receive' | 'adjust', actor: string, reason: string): Promise<Stock> {
    await this.ensureStockRow(manager, skuId, locationId);
    const result = await manager
      .createQueryBuilder()
      .update(StockEntity)
      .set({ onHand: () => `onHand + ${Number(delta)}` })
      // Both bounds in the one conditional update: never below zero available, never past the
      // INT column (MySQL would fail the UPDATE; repeated receives add up to it).
      .where('skuId = :skuId AND locationId = :locationId AND onHand - reserved + :delta >= 0 AND onHand + :delta <= :max', { skuId, locationId, delta, max: MAX_INT })
      .execute();
    if (affectedRows(result) !== 1) {
      // A positive delta always keeps available >= 0, so only the upper bound can refuse it.
      throw delta > 0 ? stockTooLarge(skuId) : new AppError('CONFLICT', '调整后可用库存将小于零');
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
