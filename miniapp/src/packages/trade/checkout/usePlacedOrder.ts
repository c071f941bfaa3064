import type { OrderView } from '@shop/shared';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { ApiError, fetchOrder } from '../../../api';
import type { CheckoutSource } from '../../../lib/checkout';
import { forgetPlacedOrder, linesKey, placedOrderFor, sourceKey } from '../../../lib/placed-checkout';

/** The order this checkout made: the server's view once fetched, its id alone until then. */
export type PlacedOrder = Pick<OrderView, 'id'> & Partial<OrderView>;

export interface PlacedOrderState {
  placed: PlacedOrder | null;
  /** Just made by this page: show it at once. */
  setPlaced: (order: PlacedOrder) => void;
  /** Looks again (the stored entry, then the order's status on the server). */
  recheck: () => Promise<void>;
}

/**
 * Whether this checkout already made an order that is still unpaid: then the page shows it
 * ("你有一笔待支付订单") instead of submitting again. Looked up on load, on every show (back from
 * the cashier, the order page) and, on H5, when the browser restores the page from its cache.
 * `lines` are the previewed lines: null when the preview failed (a cart emptied by that
 * order), undefined while not known yet (a cart checkout waits for them).
 */
export function usePlacedOrder(source: CheckoutSource, lines: readonly { skuId: number; qty: number }[] | null | undefined): PlacedOrderState {
  const [placed, setPlacedState] = useState<PlacedOrder | null>(null);
  const latest = useRef({ source, lines });
  latest.current = { source, lines };
  const linesDep = lines === undefined ? 'unknown' : lines === null ? 'none' : linesKey(lines);

  const recheck = async () => {
    const { source: s, lines: l } = latest.current;
    if (s.kind === 'cart' && l === undefined) return;
    const orderId = placedOrderFor(s, l ?? null);
    if (orderId === null) {
      setPlacedState(null);
      return;
    }
    // Block at once; the server says below whether the order still waits for payment.
    setPlacedState((current) => (current?.id === orderId ? current : { id: orderId }));
    try {
      const order = await fetchOrder(orderId, { quiet: true, noLoginRedirect: true });
      if (order.status === 'pending_payment') setPlacedState(order);
      else {
        forgetPlacedOrder(orderId);
        setPlacedState(null);
      }
    } catch (error) {
      // Gone (or another member's): nothing to lead back to. Offline: keep blocking a second order.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
        forgetPlacedOrder(orderId);
        setPlacedState(null);
      }
    }
  };

  useDidShow(() => void recheck());
  useEffect(() => void recheck(), [sourceKey(source), linesDep]);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return undefined;
    const onPageShow = (event: PageTransitionEvent) => event.persisted && void recheck();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  return { placed, setPlaced: (order) => setPlacedState(order), recheck };
}
