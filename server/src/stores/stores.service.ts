import type { DataSource, EntityManager } from 'typeorm';
import { AppError, type StoreLocationQuery, type StoreView } from '@shop/shared';
import { distanceMeters, type LatLng } from './geo.js';
import { StoreEntity, type Store } from './store.entity.js';

/** Experience stores as consumers see them, and the pickup-store check for orders. */
export class StoresService {
  constructor(private readonly dataSource: DataSource) {}

  /** The store a pickup order will be collected from; it must exist, be open and offer pickup. */
  async getPickupStore(storeId: number, manager: EntityManager = this.dataSource.manager): Promise<Store> {
    const store = await manager.findOneBy(StoreEntity, { id: storeId });
    if (!store) throw new AppError('NOT_FOUND', '门店不存在');
    if (!store.isActive || !store.pickupEnabled) throw new AppError('STORE_UNAVAILABLE', '该门店暂不支持自提');
    return store;
  }

  /**
   * Active stores; nearest first with their distance when the caller gives a position.
   * A brand has a handful of stores, so the whole list is one small query, sorted here.
   */
  async listActive(query: StoreLocationQuery): Promise<StoreView[]> {
    const stores = await this.dataSource.manager.find(StoreEntity, { where: { isActive: true }, order: { id: 'ASC' } });
    const from = positionOf(query);
    const views = stores.map((store) => storeView(store, from));
    if (from) views.sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0) || a.id - b.id);
    return views;
  }

  async getActive(id: number, query: StoreLocationQuery): Promise<StoreView> {
    const store = await this.dataSource.manager.findOneBy(StoreEntity, { id, isActive: true });
    if (!store) throw new AppError('NOT_FOUND', '门店不存在');
    return storeView(store, positionOf(query));
  }
}

function positionOf(query: StoreLocationQuery): LatLng | null {
  return query.lat === undefined || query.lng === undefined ? null : { latitude: query.lat, longitude: query.lng };
}

/** A store as shoppers see it, with its distance from `from` when given. */
export function storeView(store: Store, from: LatLng | null = null): StoreView {
  const view: StoreView = {
    id: store.id,
    code: store.code,
    name: store.name,
    city: store.city,
    district: store.district,
    address: store.address,
    latitude: store.latitude,
    longitude: store.longitude,
    phone: store.phone,
    openingHours: store.openingHours,
    pickupEnabled: store.pickupEnabled,
    deliveryRadiusMeters: store.deliveryRadiusMeters,
  };
  if (from) view.distanceMeters = Math.round(distanceMeters(from, store));
  return view;
}
