import { SkuEntity, type Sku } from '../../src/catalog/sku.entity.js';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { StockEntity, type Stock } from '../../src/inventory/stock.entity.js';
import { StockLocationEntity, type StockLocation } from '../../src/inventory/stock-location.entity.js';
import { StoreEntity, type Store } from '../../src/stores/store.entity.js';
import type { TestApp } from './test-app.js';

export async function warehouseOf(app: TestApp): Promise<StockLocation> {
  return app.services.dataSource.manager.findOneByOrFail(StockLocationEntity, { kind: 'warehouse' });
}

export async function storeByCode(app: TestApp, code: string): Promise<{ store: Store; location: StockLocation }> {
  const store = await app.services.dataSource.manager.findOneByOrFail(StoreEntity, { code });
  const location = await app.services.dataSource.manager.findOneByOrFail(StockLocationEntity, { storeId: store.id, kind: 'store' });
  return { store, location };
}

export async function stockOf(app: TestApp, skuId: number, locationId: number): Promise<Stock> {
  return app.services.dataSource.manager.findOneByOrFail(StockEntity, { skuId, locationId });
}

/** On-shelf demo SKUs with at least `minAvailable` units at the location, cheapest first. */
export async function skusWithStock(app: TestApp, locationId: number, minAvailable: number): Promise<Sku[]> {
  const manager = app.services.dataSource.manager;
  const stock = await manager.findBy(StockEntity, { locationId });
  const ok = new Set(stock.filter((s) => s.onHand - s.reserved >= minAvailable).map((s) => s.skuId));
  const onShelf = new Set((await manager.findBy(ProductEntity, { status: 'on_shelf' })).map((p) => p.id));
  const skus = await manager.find(SkuEntity, { order: { price: 'ASC', id: 'ASC' } });
  return skus.filter((s) => ok.has(s.id) && onShelf.has(s.productId) && s.isActive);
}

/** Sets available units at a location to exactly `available` through an audited adjustment. */
export async function setAvailable(app: TestApp, skuId: number, locationId: number, available: number): Promise<void> {
  const current = await stockOf(app, skuId, locationId);
  const delta = available - (current.onHand - current.reserved);
  if (delta !== 0) await app.services.inventory.adjust(skuId, locationId, delta, 'staff:test', 'test setup');
}

export const SAMPLE_ADDRESS = {
  recipientName: '张三',
  phone: '13800138000',
  province: '上海市',
  city: '上海市',
  district: '静安区',
  detail: '南京西路 1266 号 10 楼',
};

export async function addAddress(app: TestApp, token: string): Promise<number> {
  const res = await app.request<{ id: number }>('POST', '/api/v1/addresses', { token, body: SAMPLE_ADDRESS });
  if (res.status !== 201 && res.status !== 200) throw new Error(`address create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
