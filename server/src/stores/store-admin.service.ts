import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type AdminStoreCreateRequest, type AdminStoreUpdateRequest, type AdminStoreView, type Page } from '@shop/shared';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import { StockLocationEntity } from '../inventory/stock-location.entity.js';
import { StoreEntity, type Store } from './store.entity.js';
import { storeView } from './stores.service.js';

/**
 * Opening and editing stores (admin). A store is created together with its sellable stock
 * location, in one transaction, as the demo seed does; its display-samples location follows on
 * its first sample (InventoryService.moveDisplay).
 */
export class StoreAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inventory: InventoryService,
  ) {}

  async list(query: { cursor?: string; limit: number }): Promise<Page<AdminStoreView>> {
    const rows = this.dataSource.manager.createQueryBuilder(StoreEntity, 's').orderBy('s.id', 'ASC').limit(query.limit + 1);
    const cursor = decodeCursor(query.cursor);
    if (cursor) rows.andWhere('s.id > :afterId', { afterId: cursor.id });
    const page = pageOf(await rows.getMany(), query.limit, () => null);
    const items: AdminStoreView[] = [];
    for (const store of page.items) items.push(await this.view(this.dataSource.manager, store));
    return { items, nextCursor: page.nextCursor };
  }

  async get(id: number): Promise<AdminStoreView> {
    return this.view(this.dataSource.manager, await this.find(this.dataSource.manager, id));
  }

  /** A store code (and so its location code) is unique: a second store with one is a CONFLICT. */
  async create(request: AdminStoreCreateRequest): Promise<AdminStoreView> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const inserted = await manager.insert(StoreEntity, { ...request });
        const store = await manager.findOneByOrFail(StoreEntity, { id: Number(inserted.identifiers[0]?.id) });
        await manager.insert(StockLocationEntity, { code: locationCode(store.code), name: store.name, kind: 'store', storeId: store.id });
        return this.view(manager, store);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', '门店编码已存在，请换一个', [{ path: 'code', message: 'store code taken' }]);
      throw error;
    }
  }

  /** Changes any field but the code; a new name is carried to the store's stock locations. */
  async update(id: number, change: AdminStoreUpdateRequest): Promise<AdminStoreView> {
    return inTransaction(this.dataSource, async (manager) => {
      const before = await this.find(manager, id);
      await manager.update(StoreEntity, { id }, { ...change });
      if (change.name !== undefined && change.name !== before.name) {
        await manager.update(StockLocationEntity, { storeId: id, kind: 'store' }, { name: change.name });
        await manager.update(StockLocationEntity, { storeId: id, kind: 'display' }, { name: `${change.name} 样品`.slice(0, 80) });
      }
      return this.view(manager, await this.find(manager, id));
    });
  }

  private async find(manager: EntityManager, id: number): Promise<Store> {
    const store = await manager.findOneBy(StoreEntity, { id });
    if (!store) throw new AppError('NOT_FOUND', '门店不存在');
    return store;
  }

  private async view(manager: EntityManager, store: Store): Promise<AdminStoreView> {
    const sellable = await this.inventory.locationOfStore(store.id, manager).catch(() => null);
    const display = await this.inventory.displayLocationOfStore(store.id, manager);
    return {
      ...storeView(store),
      cancelUncollectedPickups: store.cancelUncollectedPickups,
      isActive: store.isActive,
      sellableLocationId: sellable?.id ?? null,
      displayLocationId: display?.id ?? null,
      createdAt: store.createdAt.toISOString(),
      updatedAt: store.updatedAt.toISOString(),
    };
  }
}

/** As the demo seed names them: `LOC-<store code>`. */
export function locationCode(storeCode: string): string {
  return `LOC-${storeCode}`;
}
