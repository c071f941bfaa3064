import type { AddressView, GroupbuyOfferView, ProductDetail } from '@shop/shared';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { fetchAddresses, fetchPricingContext, fetchStores, type GroupOrderBody } from '../../../api';
import { useAsyncData } from '../../../hooks/useAsyncData';
import type { FulfillmentChoice } from '../../../lib/checkout';
import { currentPosition } from '../../../lib/location';
import { takePicked } from '../../../lib/picked';
import { pickupStoreRows, type PickupStoreRow } from '../../../lib/store-stock';
import { estimateOrder, skuChoices, type GroupRole, type SkuChoice } from '../lib/offer';

export interface GroupOrderForm {
  choices: SkuChoice[];
  choice: SkuChoice | null;
  setSkuId: (skuId: number) => void;
  qty: number;
  setQty: (qty: number) => void;
  fulfillment: FulfillmentChoice;
  setFulfillment: (fulfillment: FulfillmentChoice) => void;
  hasAddresses: boolean;
  address: AddressView | null;
  /** The addresses could not be loaded (the form offers a retry, not "add one"). */
  addressesFailed: boolean;
  reloadAddresses: () => void;
  pickupStores: PickupStoreRow[];
  pickupStoresState: 'loading' | 'failed' | 'ready';
  reloadPickupStores: () => void;
  storeId: number | null;
  setStoreId: (storeId: number) => void;
  /** The shared engine's total for the choices on screen (null until priced). */
  estimate: { payable: number; shippingFee: number } | null;
  /** What start/join sends; null while the SKU, address or store is missing. */
  body: GroupOrderBody | null;
}

/** The pickup list: stores are only looked up once pickup and a SKU are chosen; until they answer it waits, or offers a retry. */
function pickupState(looking: boolean, answered: boolean, failed: boolean): 'loading' | 'failed' | 'ready' {
  if (!looking || answered) return 'ready';
  return failed ? 'failed' : 'loading';
}

/** The single orderable SKU is chosen for the buyer; with several they pick. */
function initialSkuId(choices: readonly SkuChoice[]): number | null {
  const orderable = choices.filter((c) => c.maxQty > 0);
  return orderable.length === 1 ? orderable[0]!.sku.id : null;
}

/**
 * The choices of a group order: SKU, quantity and how to receive it (the member's address, the
 * default preselected or the one just picked on the trade package's address pages, or a pickup
 * store holding the SKU), with the total priced as the server will charge it.
 */
export function useGroupOrderForm(product: ProductDetail, offer: GroupbuyOfferView, role: GroupRole): GroupOrderForm {
  const choices = useMemo(() => skuChoices(offer, product, role), [offer, product, role]);
  const [skuId, setSkuId] = useState<number | null>(() => initialSkuId(choices));
  const [qty, setQty] = useState(1);
  const [fulfillment, setFulfillment] = useState<FulfillmentChoice>('delivery');
  const [addressId, setAddressId] = useState<number | null>(null);
  const [storeId, setStoreId] = useState<number | null>(null);
  const choice = choices.find((c) => c.sku.id === skuId && c.maxQty > 0) ?? null;

  const addresses = useAsyncData(() => fetchAddresses({ quiet: true }), []);
  const pricing = useAsyncData(fetchPricingContext, []);
  const stores = useAsyncData(
    async () => (fulfillment === 'pickup' && choice ? pickupStoreRows(await fetchStores(await currentPosition(), { quiet: true }), [{ skuId: choice.sku.id, productId: product.id, qty }], new Map([[product.id, product]])) : null),
    [fulfillment, choice?.sku.id, qty],
  );

  // The form mounts after its page has loaded, so every show is a return from another page
  // (useAsyncData's reloadOnShow would skip the first one): re-read the addresses added or edited there.
  useDidShow(() => {
    const picked = takePicked('address');
    if (picked !== null) {
      setAddressId(picked);
      setFulfillment('delivery');
    }
    void addresses.reload();
  });

  useEffect(() => {
    const list = addresses.data;
    if (!list || list.some((a) => a.id === addressId)) return;
    setAddressId((list.find((a) => a.isDefault) ?? list[0])?.id ?? null);
  }, [addresses.data]);

  // The first store holding the SKU, unless the buyer chose one that still does.
  useEffect(() => {
    const rows = stores.data;
    if (!rows || rows.some((r) => r.store.id === storeId && r.level === 'all')) return;
    setStoreId(rows.find((r) => r.level === 'all')?.store.id ?? null);
  }, [stores.data]);

  useEffect(() => {
    if (choice && qty > choice.maxQty) setQty(Math.max(1, choice.maxQty));
  }, [choice?.sku.id]);

  const address = addresses.data?.find((a) => a.id === addressId) ?? null;
  const destination = fulfillment === 'delivery' ? (address ? { type: 'delivery' as const, addressId: address.id } : null) : storeId !== null ? { type: 'pickup' as const, storeId } : null;
  const body = choice && destination ? { skuId: choice.sku.id, qty, fulfillment: destination } : null;
  const estimate = pricing.data && choice ? estimateOrder(pricing.data, product, choice, qty, fulfillment) : null;

  return {
    choices,
    choice,
    setSkuId,
    qty,
    setQty,
    fulfillment,
    setFulfillment,
    hasAddresses: Boolean(addresses.data?.length),
    address,
    addressesFailed: addresses.data === null && addresses.error !== null,
    reloadAddresses: () => void addresses.reload(),
    pickupStores: stores.data ?? [],
    pickupStoresState: pickupState(fulfillment === 'pickup' && choice !== null, stores.data !== null, stores.error !== null),
    reloadPickupStores: () => void stores.reload(),
    storeId,
    setStoreId,
    estimate,
    body,
  };
}
