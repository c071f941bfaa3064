import { In, type DataSource } from 'typeorm';
import type { Page, StockLocationView, StockMovementView, StockQuery, StockView } from '@shop/shared';
import type { SkuCatalog } from '../catalog/sku-catalog.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { StockEntity, type Stock } from './stock.entity.js';
import { StockLocationEntity, type StockLocation } from './stock-location.entity.js';
import { StockMovementEntity, type StockMovement } from './stock-movement.entity.js';

/** Read side of the inventory admin API: stock figures, locations and the ledger, keyset-paginated. */
export class StockQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly skus: SkuCatalog,
  ) {}

  async location(locationId: number): Promise<StockLocation | null> {
    return this.dataSource.manager.findOneBy(StockLocationEntity, { id: locationId });
  }

  /** Stock rows by id, optionally for one SKU and/or one location. */
  async listStock(query: StockQuery): Promise<Page<StockView>> {
    const afterId = decodeCursor(query.cursor)?.id ?? 0;
    const builder = this.dataSource.manager.createQueryBuilder(StockEntity, 's').where('s.id > :afterId', { afterId });
    if (query.skuId !== undefined) builder.andWhere('s.skuId = :skuId', { skuId: query.skuId });
    if (query.locationId !== undefined) builder.andWhere('s.locationId = :locationId', { locationId: query.locationId });
    const rows = await builder.orderBy('s.id', 'ASC').take(query.limit + 1).getMany();
    const page = pageOf(rows, query.limit, (row) => row.id);
    return { items: await this.stockViews(page.items), nextCursor: page.nextCursor };
  }

  /** Ledger rows, newest first. */
  async listMovements(query: StockQuery): Promise<Page<StockMovementView>> {
    const before = decodeCursor(query.cursor)?.id;
    const builder = this.dataSource.manager.createQueryBuilder(StockMovementEntity, 'm');
    if (before !== undefined) builder.andWhere('m.id < :before', { before });
    if (query.skuId !== undefined) builder.andWhere('m.skuId = :skuId', { skuId: query.skuId });
    if (query.locationId !== undefined) builder.andWhere('m.locationId = :locationId', { locationId: query.locationId });
    const rows = await builder.orderBy('m.id', 'DESC').take(query.limit + 1).getMany();
    const page = pageOf(rows, query.limit, (row) => row.id);
    return { items: page.items.map(movementView), nextCursor: page.nextCursor };
  }

  async listLocations(query: { cursor?: string; limit: number }): Promise<Page<StockLocationView>> {
    const afterId = decodeCursor(query.cursor)?.id ?? 0;
    const rows = await this.dataSource.manager
      .createQueryBuilder(StockLocationEntity, 'l')
      .where('l.id > :afterId', { afterId })
      .orderBy('l.id', 'ASC')
      .take(query.limit + 1)
      .getMany();
    const page = pageOf(rows, query.limit, (row) => row.id);
    return { items: page.items.map(locationView), nextCursor: page.nextCursor };
  }

  /** Stock rows with the SKU and location facts an admin screen shows beside the figures. */
  async stockViews(rows: Stock[]): Promise<StockView[]> {
    if (rows.length === 0) return [];
    const catalog = await this.skus.load(rows.map((row) => row.skuId));
    const locations = await this.dataSource.manager.findBy(StockLocationEntity, { id: In([...new Set(rows.map((row) => row.locationId))]) });
    const locationCode = new Map(locations.map((l) => [l.id, l.code]));
    return rows.map((row) => {
      const entry = catalog.get(row.skuId);
      return {
        id: row.id,
        skuId: row.skuId,
        skuCode: entry?.sku.code ?? '',
        title: entry?.product.title ?? '',
        specText: entry?.specText ?? '',
        locationId: row.locationId,
        locationCode: locationCode.get(row.locationId) ?? '',
        onHand: row.onHand,
        reserved: row.reserved,
        available: row.onHand - row.reserved,
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }
}

function locationView(location: StockLocation): StockLocationView {
  return { id: location.id, code: location.code, name: location.name, kind: location.kind, storeId: location.storeId };
}

function movementView(movement: StockMovement): StockMovementView {
  return {
    id: movement.id,
    skuId: movement.skuId,
    locationId: movement.locationId,
    kind: movement.kind,
    onHandDelta: movement.onHandDelta,
    reservedDelta: movement.reservedDelta,
    reason: movement.reason,
    orderId: movement.orderId,
    actor: movement.actor,
    createdAt: movement.createdAt.toISOString(),
  };
}
