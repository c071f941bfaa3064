import { In, type EntityManager } from 'typeorm';
import { StockLocationEntity } from '../inventory/stock-location.entity.js';
import { AppError, type AddressSnapshot, type FulfillmentType, type PlacementFulfillment } from '@shop/shared';
import type { AddressService } from '../membership/address.service.js';
import type { StoresService } from '../stores/stores.service.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import { StoreEntity, type Store } from '../stores/store.entity.js';
import { chooseDispatchStore } from './dispatch.js';

/** Where an order's goods come from and go to, resolved before anything is written. */
export interface FulfilmentPlan {
  type: FulfillmentType;
  address: AddressSnapshot | null;
  /** Pickup or carry-out store; for delivery, the store that ships it (null: the warehouse). */
  store: Store | null;
  stockLocationId: number;
}

/**
 * Resolves a placement's fulfilment. Delivery goes to nearest-store dispatch: the closest active
 * store whose radius covers the address and which holds every line ships it the same day;
 * otherwise the central warehouse does.
 */
export class FulfilmentPlanner {
  constructor(
    private readonly addresses: AddressService,
    private readonly stores: StoresService,
    private readonly inventory: InventoryService,
  ) {}

  async plan(manager: EntityManager, memberId: number | null, fulfillment: PlacementFulfillment, lines: readonly { skuId: number; quantity: number }[]): Promise<FulfilmentPlan> {
    switch (fulfillment.type) {
      case 'delivery': {
        const address = 'address' in fulfillment ? fulfillment.address : await this.memberAddress(manager, memberId, fulfillment.addressId);
        const store = await this.dispatchStore(manager, address, lines);
        const stockLocationId = store ? (await this.inventory.locationOfStore(store.id, manager)).id : (await this.inventory.warehouse(manager)).id;
        return { type: 'delivery', address, store, stockLocationId };
      }
      case 'pickup': {
        // A store without the goods still takes the pickup when the warehouse has them: they are
        // transferred there after payment, and the order is ready when they arrive.
        const store = await this.stores.getPickupStore(fulfillment.storeId, manager);
        const storeLocationId = (await this.inventory.locationOfStore(store.id, manager)).id;
        if (await this.holdsEveryLine(manager, storeLocationId, lines)) return { type: 'pickup', address: null, store, stockLocationId: storeLocationId };
        const warehouseId = (await this.inventory.warehouse(manager)).id;
        const stockLocationId = (await this.holdsEveryLine(manager, warehouseId, lines)) ? warehouseId : storeLocationId;
        return { type: 'pickup', address: null, store, stockLocationId };
      }
      case 'carry_out': {
        const store = await manager.findOneBy(StoreEntity, { id: fulfillment.storeId, isActive: true });
        if (!store) throw new AppError('STORE_UNAVAILABLE', '门店不可用');
        return { type: 'carry_out', address: null, store, stockLocationId: (await this.inventory.locationOfStore(store.id, manager)).id };
      }
    }
  }

  private async memberAddress(manager: EntityManager, memberId: number | null, addressId: number): Promise<AddressSnapshot> {
    if (memberId === null) throw new AppError('VALIDATION_FAILED', '请填写收货地址', [{ path: 'fulfillment.address', message: 'a guest order needs the address itself' }]);
    const owned = await this.addresses.getOwned(memberId, addressId, manager);
    return {
      recipientName: owned.recipientName,
      phone: owned.phone,
      province: owned.province,
      city: owned.city,
      district: owned.district,
      detail: owned.detail,
      latitude: owned.latitude,
      longitude: owned.longitude,
    };
  }

  /** Three queries whatever the number of stores: the stores, their stock locations, the lines' stock. */
  private async dispatchStore(manager: EntityManager, address: AddressSnapshot, lines: readonly { skuId: number; quantity: number }[]): Promise<Store | null> {
    const { latitude, longitude } = address;
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
    const stores = await manager.find(StoreEntity, { where: { isActive: true }, order: { id: 'ASC' } });
    if (stores.length === 0) return null;
    const locations = await manager.findBy(StockLocationEntity, { kind: 'store', storeId: In(stores.map((s) => s.id)) });
    const stock = await this.inventory.availabilityBySku(lines.map((l) => l.skuId), manager);
    const available = (locationId: number, skuId: number) => {
      const row = stock.find((s) => s.locationId === locationId && s.skuId === skuId);
      return row ? row.onHand - row.reserved : 0;
    };
    const candidates = stores.flatMap((store) => {
      const location = locations.find((l) => l.storeId === store.id);
      if (!location) return [];
      const hasEveryLine = lines.every((l) => available(location.id, l.skuId) >= l.quantity);
      return [{ storeId: store.id, position: { latitude: store.latitude, longitude: store.longitude }, radiusMeters: store.deliveryRadiusMeters, hasEveryLine }];
    });
    const chosen = chooseDispatchStore({ latitude, longitude }, candidates);
    return chosen ? (stores.find((s) => s.id === chosen.storeId) ?? null) : null;
  }

  private async holdsEveryLine(manager: EntityManager, locationId: number, lines: readonly { skuId: number; quantity: number }[]): Promise<boolean> {
    const available = await this.inventory.availableAt(locationId, lines.map((l) => l.skuId), manager);
    return lines.every((l) => (available.get(l.skuId) ?? 0) >= l.quantity);
  }
}
