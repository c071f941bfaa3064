import type { GroupbuyGroupDetailView, GroupbuyGroupView, OrderView, ProductDetail } from '@shop/shared';
import { useUnload } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { fetchGroup, fetchOrder, fetchProduct, fetchProductGroupbuy, type ProductGroupbuyView } from '../../../api';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { loadById } from '../../../lib/load-failure';
import { paymentSettled } from '../../../lib/order-state';
import { pollUntil } from '../../../lib/poll';
import type { MySeat } from '../lib/group-state';

const PAY_POLL = { intervalMs: 1500, timeoutMs: 20_000 };
/** After a group's deadline the expiry job decides it within a job interval: look again every so often, for a while. */
const SETTLE_RECHECK_MS = 15_000;
const SETTLE_WATCH_MS = 5 * 60_000;

export interface GroupPageData {
  group: GroupbuyGroupDetailView | null;
  loading: boolean;
  /** Why the group could not be shown (null while it is, or still loading). */
  error: unknown;
  product: ProductDetail | null;
  /** The product and campaign could not be loaded: the page shows the group, with a retry for its buttons. */
  catalogFailed: boolean;
  groupbuy: ProductGroupbuyView | null;
  mine: MySeat | null;
  order: OrderView | null;
  /** Waiting for WeChat's word on the payment the buyer just made. */
  confirmingPayment: boolean;
  reload: () => Promise<void>;
}

/** Polls a just-paid order until the server has settled it, then calls `onSettled`. */
function usePaymentWatch(orderId: number | null, onSettled: () => void): boolean {
  const [confirming, setConfirming] = useState(orderId !== null);
  const left = useRef(false);
  // The latest callback: the poll outlives the render that started it.
  const settled = useRef(onSettled);
  settled.current = onSettled;
  useUnload(() => {
    left.current = true;
  });
  useEffect(() => {
    if (orderId === null) return undefined;
    let stale = false;
    setConfirming(true);
    void pollUntil(() => fetchOrder(orderId, { quiet: true, noLoginRedirect: true }), paymentSettled, { ...PAY_POLL, cancelled: () => stale || left.current }).then(() => {
      if (stale) return;
      setConfirming(false);
      settled.current();
    });
    return () => {
      stale = true;
    };
  }, [orderId]);
  return confirming;
}

/** Reloads once an open group's time is up (and again while it stays open), so the outcome appears by itself. */
function useOutcomeWatch(group: GroupbuyGroupView | null, reload: () => Promise<void>): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (group?.status !== 'open' || !group.expiresAt) return undefined;
    const due = Date.parse(group.expiresAt);
    if (Date.now() > due + SETTLE_WATCH_MS) return undefined;
    const timer = setTimeout(() => void latest.current(), Math.max(0, due - Date.now()) + SETTLE_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [group]);
}

/**
 * Everything the group page shows: the group (public) with the viewer's own seat in it (the
 * server adds it for a signed-in member), its product and campaign, the seat's order, and, when the page was opened after paying, the wait for
 * that payment to be confirmed.
 */
export function useGroupPage(groupId: number | null, paidOrderId: number | null): GroupPageData {
  const group = useAsyncData(() => loadById(groupId, fetchGroup), [groupId], { reloadOnShow: true });
  const productId = group.data?.productId ?? null;
  const catalog = useAsyncData(async () => (productId === null ? null : Promise.all([fetchProduct(productId, { quiet: true }), fetchProductGroupbuy(productId, { quiet: true })])), [productId], { enabled: productId !== null });
  const seat: MySeat | null = group.data?.mySeat ?? null;
  const order = useAsyncData(() => (seat ? fetchOrder(seat.orderId, { quiet: true, noLoginRedirect: true }) : Promise.resolve(null)), [seat?.orderId, seat?.orderStatus, group.data?.status]);

  const reload = async () => {
    await Promise.all([group.reload(), catalog.reload()]);
  };
  const confirmingPayment = usePaymentWatch(paidOrderId, () => void reload());
  useOutcomeWatch(group.data, reload);

  return {
    group: group.data,
    loading: group.loading,
    error: group.data ? null : group.error,
    product: catalog.data?.[0] ?? null,
    catalogFailed: catalog.data === null && catalog.error !== null,
    groupbuy: catalog.data?.[1] ?? null,
    mine: seat,
    order: order.data,
    confirmingPayment,
    reload,
  };
}
