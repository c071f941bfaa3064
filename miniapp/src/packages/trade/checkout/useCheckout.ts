import type { AddressView, OrderPreviewView, ProductDetail } from '@shop/shared';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { fetchAddresses, fetchCart, fetchProduct, fetchStores, previewOrder, type OrderRequestBody } from '../../../api';
import { INITIAL_CHOICE, orderBody, type CheckoutChoice, type CheckoutSource } from '../../../lib/checkout';
import { currentPosition } from '../../../lib/location';
import { takePicked } from '../../../lib/picked';
import { pickupStoreRows, type PickupStoreRow, type WantedLine } from '../../../lib/store-stock';
import { ApiError, errorText } from '../../../api/errors';
import { useAsyncData } from '../../../hooks/useAsyncData';

export interface CheckoutState {
  choice: CheckoutChoice;
  setChoice: (change: Partial<CheckoutChoice>) => void;
  addresses: AddressView[] | null;
  address: AddressView | null;
  pickupStores: PickupStoreRow[];
  /** The addresses could not be loaded (and none are known): the page shows the failure with a retry. */
  addressesFailure: unknown;
  reloadAddresses: () => void;
  /** Pickup stores are still being looked up, or that failed (the section shows a retry). */
  pickupStoresLoading: boolean;
  pickupStoresFailed: boolean;
  reloadPickupStores: () => void;
  preview: OrderPreviewView | null;
  /** Why the server would not price this order (e.g. the cart is empty), shown in the page. */
  previewError: string | null;
  /** The preview got no verdict (offline, server error): shown as a failed load with a retry. */
  previewFailure: unknown;
  retryPreview: () => void;
  previewing: boolean;
  /** The body the preview was made for: exactly what submit sends. */
  body: OrderRequestBody | null;
}

/** Lines being bought, for each store's stock: the buy-now SKU, or the cart's selected lines. */
async function wantedLines(source: CheckoutSource): Promise<WantedLine[]> {
  if (source.kind === 'buy_now') return [{ skuId: source.skuId, productId: source.productId, qty: source.qty }];
  const cart = await fetchCart({ quiet: true });
  return cart.lines.filter((l) => l.selected && l.problem === null).map((l) => ({ skuId: l.skuId, productId: l.productId, qty: l.qty }));
}

async function pickupData(source: CheckoutSource) {
  const [stores, lines] = await Promise.all([currentPosition().then((position) => fetchStores(position, { quiet: true })), wantedLines(source)]);
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const details = new Map<number, ProductDetail>((await Promise.all(productIds.map((id) => fetchProduct(id, { quiet: true })))).map((d) => [d.id, d]));
  return pickupStoreRows(stores, lines, details);
}

/**
 * The checkout's data: addresses (default preselected, or the one just picked), pickup stores,
 * and the server's preview (which carries the member's coupons) of the current choices, re-asked whenever a
 * choice changes. Submit sends the very body the preview on screen was made for.
 */
export function useCheckout(source: CheckoutSource): CheckoutState {
  const [choice, setChoiceState] = useState<CheckoutChoice>(INITIAL_CHOICE);
  const setChoice = (change: Partial<CheckoutChoice>) => setChoiceState((current) => ({ ...current, ...change }));
  const addresses = useAsyncData(() => fetchAddresses({ quiet: true }), [], { reloadOnShow: true });
  const stores = useAsyncData(() => (choice.fulfillment === 'pickup' ? pickupData(source) : Promise.resolve(null)), [choice.fulfillment]);
  const [preview, setPreview] = useState<OrderPreviewView | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewFailure, setPreviewFailure] = useState<unknown>(null);
  const [previewRun, setPreviewRun] = useState(0);
  const [previewing, setPreviewing] = useState(false);

  useDidShow(() => {
    const picked = takePicked('address');
    if (picked !== null) setChoice({ addressId: picked, fulfillment: 'delivery' });
  });

  // Default address first (the server keeps exactly one), unless the buyer picked one.
  useEffect(() => {
    const list = addresses.data;
    if (!list) return;
    if (choice.addressId === null || !list.some((a) => a.id === choice.addressId)) {
      const preferred = list.find((a) => a.isDefault) ?? list[0];
      if (preferred && preferred.id !== choice.addressId) setChoice({ addressId: preferred.id });
    }
  }, [addresses.data]);

  // First store holding everything, unless the buyer chose one.
  useEffect(() => {
    if (choice.fulfillment === 'pickup' && choice.storeId === null && stores.data?.length) setChoice({ storeId: stores.data[0]!.store.id });
  }, [stores.data, choice.fulfillment]);

  const body = useMemo(() => orderBody(source, choice, preview?.pointsBalance ?? 0), [source, choice, preview?.pointsBalance]);
  const bodyKey = JSON.stringify(body);

  useEffect(() => {
    if (!body) {
      setPreview(null);
      return undefined;
    }
    let stale = false;
    setPreviewing(true);
    previewOrder(body)
      .then((answer) => {
        if (stale) return;
        setPreview(answer);
        setPreviewError(null);
        setPreviewFailure(null);
      })
      .catch((error: unknown) => {
        if (stale) return;
        setPreview(null);
        const refused = isRefusal(error);
        setPreviewError(refused ? errorText(error) : null);
        setPreviewFailure(refused ? null : error);
      })
      .finally(() => !stale && setPreviewing(false));
    return () => {
      stale = true;
    };
  }, [bodyKey, previewRun]);

  const address = addresses.data?.find((a) => a.id === choice.addressId) ?? null;
  const pickupPending = choice.fulfillment === 'pickup' && stores.data === null;
  return {
    choice,
    setChoice,
    addresses: addresses.data,
    address,
    addressesFailure: addresses.data === null ? addresses.error : null,
    reloadAddresses: () => void addresses.reload(),
    pickupStores: stores.data ?? [],
    pickupStoresLoading: pickupPending && stores.error === null,
    pickupStoresFailed: pickupPending && stores.error !== null,
    reloadPickupStores: () => void stores.reload(),
    preview,
    previewError,
    previewFailure,
    retryPreview: () => setPreviewRun((run) => run + 1),
    previewing,
    body,
  };
}

/** The server looked at this order and said no (4xx: empty cart, out of stock, ...): its reason is the page's answer. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}
