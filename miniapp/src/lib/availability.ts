import type { SkuView, StoreView } from '@shop/shared';
import { formatDistance } from './format';

export interface Availability {
  delivery: { available: boolean; text: string };
  /** Stores holding the SKU for pickup, nearest first when the position was known. */
  pickup: { available: boolean; text: string; stores: { store: StoreView; available: number }[] };
}

/**
 * "快递配送 · 现货" vs "到店自提 · 静安体验店 · 1.2km" for the chosen SKU (or, before a SKU is
 * chosen, for any of them: stock summed over the product's SKUs).
 */
export function availabilityOf(skus: readonly SkuView[], stores: readonly StoreView[]): Availability {
  const delivery = skus.reduce((sum, sku) => sum + sku.deliveryAvailable, 0);
  const pickupStores = stores
    .filter((store) => store.pickupEnabled)
    .map((store) => ({ store, available: skus.reduce((sum, sku) => sum + (sku.storeAvailability.find((a) => a.storeId === store.id)?.available ?? 0), 0) }))
    .filter((row) => row.available > 0);
  const nearest = pickupStores[0];
  const distance = nearest?.store.distanceMeters !== undefined ? ` · ${formatDistance(nearest.store.distanceMeters)}` : '';
  return {
    delivery: { available: delivery > 0, text: delivery > 0 ? '快递配送 · 现货，付款后尽快发出' : '快递配送 · 暂时无货' },
    pickup: {
      available: nearest !== undefined,
      text: nearest ? `到店自提 · ${nearest.store.name}${distance}${pickupStores.length > 1 ? ` 等${pickupStores.length}家门店` : ''}` : '到店自提 · 附近门店暂无库存',
      stores: pickupStores,
    },
  };
}
