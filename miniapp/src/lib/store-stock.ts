import type { ProductDetail, StoreView } from '@shop/shared';

export interface WantedLine {
  skuId: number;
  productId: number;
  qty: number;
}

export type StoreStockLevel = 'all' | 'some' | 'none';

export interface PickupStoreRow {
  store: StoreView;
  level: StoreStockLevel;
  /** Lines the store cannot cover in full. */
  shortLines: number;
}

/** Units of a SKU available for pickup at a store, from the product details. */
function availableAt(details: ReadonlyMap<number, ProductDetail>, line: WantedLine, storeId: number): number {
  const sku = details.get(line.productId)?.skus.find((s) => s.id === line.skuId);
  return sku?.storeAvailability.find((a) => a.storeId === storeId)?.available ?? 0;
}

/**
 * Pickup stores for the lines being bought: stores taking pickups only, each with whether it
 * holds every line in full; stores with everything first, then by distance (server order).
 */
export function pickupStoreRows(stores: readonly StoreView[], lines: readonly WantedLine[], details: ReadonlyMap<number, ProductDetail>): PickupStoreRow[] {
  const rank: Record<StoreStockLevel, number> = { all: 0, some: 1, none: 2 };
  return stores
    .filter((store) => store.pickupEnabled)
    .map((store) => {
      const short = lines.filter((line) => availableAt(details, line, store.id) < line.qty).length;
      const level: StoreStockLevel = short === 0 ? 'all' : short < lines.length ? 'some' : 'none';
      return { store, level, shortLines: short };
    })
    .sort((a, b) => rank[a.level] - rank[b.level]);
}

export const STOCK_LEVEL_TEXT: Record<StoreStockLevel, string> = { all: '有货', some: '部分缺货', none: '无货' };
