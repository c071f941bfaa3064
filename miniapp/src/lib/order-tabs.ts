import { ORDER_STATUS_LABELS, type OrderStatus } from '@shop/shared';

export type OrderTabKey = 'all' | 'pending_payment' | 'awaiting_shipment' | 'awaiting_pickup' | 'shipped' | 'completed' | 'aftersales';

export interface OrderTab {
  key: OrderTabKey;
  label: string;
  /** The statuses the list asks the server for; empty = every order. */
  statuses: readonly OrderStatus[];
}

/** The order list's tabs, the way Chinese shops name them; single-status labels are the shared ones. */
export const ORDER_TABS: readonly OrderTab[] = [
  { key: 'all', label: '全部', statuses: [] },
  { key: 'pending_payment', label: ORDER_STATUS_LABELS.pending_payment, statuses: ['pending_payment'] },
  // Paid orders move on to 待发货 at once; one caught in between belongs here too.
  { key: 'awaiting_shipment', label: ORDER_STATUS_LABELS.awaiting_shipment, statuses: ['paid', 'awaiting_shipment'] },
  { key: 'awaiting_pickup', label: ORDER_STATUS_LABELS.awaiting_pickup, statuses: ['awaiting_pickup'] },
  { key: 'shipped', label: ORDER_STATUS_LABELS.shipped, statuses: ['shipped'] },
  { key: 'completed', label: ORDER_STATUS_LABELS.completed, statuses: ['completed'] },
  { key: 'aftersales', label: '售后', statuses: ['refunding', 'refunded'] },
];

export function orderTab(key: string | undefined): OrderTab {
  return ORDER_TABS.find((tab) => tab.key === key) ?? ORDER_TABS[0]!;
}
