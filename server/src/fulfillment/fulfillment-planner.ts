import { In, type EntityManager } from 'typeorm';
import { StockLocationEntity } from '../inventory/stock-location.entity.js';
import { AppError, type AddressSnapshot, type FulfillmentType, type PlacementFulfillment } from '@shop/shared';
import type { AddressService } from '../membership/address.service.js';
import type { StoresService } from '../stores/stores.service.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import { StoreEntity, type Store } from '../stores/store.entity.js';
import { distanceMeters } from '../stores/geo.js';
import { deliveryEta, planDelivery, splitDeliveryEta, type DispatchPart } from './dispatch.js';

/** One place a split delivery ships from: a store (same day) or the warehouse (store null), and its SKUs. */
export interface FulfillmentPart {
  store: Store | null;
  stockLocationId: number;
  skuIds: number[];
}

/** Where an order's goods come from and go to, resolved before anything is written. */
export interface FulfillmentPlan {
  type: FulfillmentType;
  address: AddressSnapshot | null;
  /**
   * Pickup or carry-out store; for delivery, the store that ships it (null: the warehouse). A
   * split delivery records its latest part here: the warehouse when it ships a part.
   */
  store: Store | null;
  /** Where the order's stock is reserved; a split delivery's latest part's location. */
  stockLocationId: number;
  /** A delivery split across places (DISPATCH_ALLOW_SPLIT), nearest store first, the warehouse last; null: one place ships everything. */
  parts: FulfillmentPart[] | null;
}

/** The location that reserves a line's stock: its part's for a split delivery, otherwise the order's. */
export function lineLocation(plan: Pick<FulfillmentPlan, 'stockLocationId' | 'parts'>, skuId: number): number {
  return plan.parts?.find((part) => part.skuIds.includes(skuId))?.stockLocationId ?? plan.stockLocationId;
}

/** How a delivery part is shown: its store (null: the warehouse), its own ETA and its SKUs. */
export interface DeliveryPartView {
  store: Store | null;
  eta: string;
  skuIds: number[];
}

/** A split delivery's parts as shown, with the order's ETA (the latest part's). */
export function deliveryPartsView(parts: readonly FulfillmentPart[], lines: readonly { skuId: number; quantity: number }[]): { eta: string; parts: DeliveryPartView[] } {
  const unitsOf = (part: FulfillmentPart) => lines.filter((l) => part.skuIds.includes(l.skuId)).reduce((sum, l) => sum + l.quantity, 0);
  return {
    eta: splitDeliveryEta(parts.map((part) => ({ storeName: part.store?.name ?? null, units: unitsOf(part) }))),
    parts: parts.map((part) => ({ store: part.store, eta: deliveryEta(part.store !== null), skuIds: part.skuIds })),
  };
}

/**
 * Resolves a placement's fulfillment. Delivery goes to nearest-store dispatch: the closest active
 * store whose radius covers the address and which holds every line ships it the same day;
 * otherwise the central warehouse does, or, with `allowSplit`, the nearest covering stores ship
 * the lines they have and the warehouse the rest. Only sellable store stock counts, never
 * display samples.
 */
export class FulfillmentPlanner {
  constructor(
    private readonly addresses: AddressService,
    private readonly stores: StoresService,
    private readonly inventory: InventoryService,
  ) {}

  async plan(
    manager: EntityManager,
    memberId: number | null,
    fulfillment: PlacementFulfillment,
    lines: readonly { skuId: number; quantity: number }[],
    options: { allowSplit: boolean } = { allowSplit: false },
  ): Promise<FulfillmentPlan> {
    switch (fulfillment.type) {
      case 'delivery': {
        const address = 'address' in fulfillment ? fulfillment.address : await this.memberAddress(manager, memberId, fulfillment.addressId);
        const parts = await this.dispatch(manager, address, lines, options.allowSplit);
        const latest = parts[parts.length - 1]!;
        return { type: 'delivery', address, store: latest.store, stockLocationId: latest.stockLocationId, parts: parts.length > 1 ? parts : null };
      }
      case 'pickup': {
        // A store without the goods still takes the pickup when the warehouse has them: they are
        // transferred there after payment, and the order is ready when they arrive.
        const store = await this.stores.getPickupStore(fulfillment.storeId, manager);
        const storeLocationId = (await this.inventory.locationOfStore(store.id, manager)).id;
        if (await this.holdsEveryLine(manager, storeLocationId, lines)) return { type: 'pickup', address: null, store, stockLocationId: storeLocationId, parts: null };
        const warehouseId = (await this.inventory.warehouseWithin(manager)).id;
        const stockLocationId = (await this.holdsEveryLine(manager, warehouseId, lines)) ? warehouseId : storeLocationId;
        return { type: 'pickup', address: null, store, stockLocationId, parts: null };
      }
      case 'carry_out': {
        const store = await manager.findOneBy(StoreEntity, { id: fulfillment.storeId, isActive: true });
        if (!store) throw new AppError('STORE_UNAVAILABLE', '门店不可用');
        return { type: 'carry_out', address: null, store, stockLocationId: (await this.inventory.locationOfStore(store.id, manager)).id, parts: null };
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

  /**
   * The parts a delivery ships in (one, unless split), each with its stock location: three
   * queries whatever the number of stores (the stores, their sellable locations, the lines'
   * sellable stock), plus the warehouse when it ships a part.
   */
  private async dispatch(manager: EntityManager, address: AddressSnapshot, lines: readonly { skuId: number; quantity: number }[], allowSplit: boolean): Promise<FulfillmentPart[]> {
    const { latitude, longitude } = address;
    let planned: DispatchPart[] = [{ storeId: null, skuIds: lines.map((l) => l.skuId) }];
    const stores = typeof latitude === 'number' && typeof longitude === 'number' ? await manager.find(StoreEntity, { where: { isActive: true }, order: { id: 'ASC' } }) : [];
    const locations = stores.length > 0 ? await manager.findBy(StockLocationEntity, { kind: 'store', storeId: In(stores.map((s) => s.id)) }) : [];
    if (locations.length > 0) {
      const stock = await this.inventory.availabilityBySku(lines.map((l) => l.skuId), manager);
      const candidates = stores.flatMap((store) => {
        const location = locations.find((l) => l.storeId === store.id);
        if (!location) return [];
        const available = new Map(stock.filter((s) => s.locationId === location.id).map((s) => [s.skuId, s.onHand - s.reserved]));
        return [{ storeId: store.id, position: { latitude: store.latitude, longitude: store.longitude }, radiusMeters: store.deliveryRadiusMeters, available }];
      });
      planned = planDelivery({ latitude, longitude }, lines, candidates, allowSplit);
    }
    const warehouseId = planned.some((p) => p.storeId === null) ? (await this.inventory.warehouseWithin(manager)).id : null;
    return planned.map((part) => {
      if (part.storeId === null) return { store: null, stockLocationId: warehouseId!, skuIds: part.skuIds };
      return { store: stores.find((s) => s.id === part.storeId)!, stockLocationId: locations.find((l) => l.storeId === part.storeId)!.id, skuIds: part.skuIds };
    });
  }

  /**
   * A placed delivery's parts when it was split, read back from where its lines' stock was
   * reserved (one location per line); null for an order shipped from one place.
   */
  async partsOfOrderWithin(manager: EntityManager, order: { id: number; fulfillmentType: FulfillmentType; address: AddressSnapshot | null }): Promise<FulfillmentPart[] | null> {
    if (order.fulfillmentType !== 'delivery') return null;
    const reserved = await this.inventory.locationsOfOrder(order.id, manager);
    const locationIds = [...new Set(reserved.map((r) => r.locationId))];
    if (locationIds.length < 2) return null;
    const locations = await manager.findBy(StockLocationEntity, { id: In(locationIds) });
    const storeIds = locations.flatMap((l) => (l.kind === 'store' && l.storeId !== null ? [l.storeId] : []));
    const stores = storeIds.length > 0 ? await manager.findBy(StoreEntity, { id: In(storeIds) }) : [];
    const parts = locationIds.map((locationId) => {
      const location = locations.find((l) => l.id === locationId);
      const store = location?.kind === 'store' ? (stores.find((s) => s.id === location.storeId) ?? null) : null;
      return { store, stockLocationId: locationId, skuIds: [...new Set(reserved.filter((r) => r.locationId === locationId).map((r) => r.skuId))] };
    });
    // As planned: the nearest store first, the warehouse last.
    const to = order.address && typeof order.address.latitude === 'number' && typeof order.address.longitude === 'number' ? { latitude: order.address.latitude, longitude: order.address.longitude } : null;
    const distance = (store: Store) => (to ? distanceMeters({ latitude: store.latitude, longitude: store.longitude }, to) : 0);
    const fromStores = parts.flatMap((p) => (p.store ? [{ ...p, store: p.store, distance: distance(p.store) }] : [])).sort((a, b) => a.distance - b.distance || a.store.id - b.store.id);
    return [...fromStores.map(({ distance: _, ...part }) => part), ...parts.filter((p) => p.store === null)];
  }

  private async holdsEveryLine(manager: EntityManager, locationId: number, lines: readonly { skuId: number; quantity: number }[]): Promise<boolean> {
    const available = await this.inventory.availableAt(locationId, lines.map((l) => l.skuId), manager);
    return lines.every((l) => (available.get(l.skuId) ?? 0) >= l.quantity);
  }
}
