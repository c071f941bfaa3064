import { ORDER_STATUS_LABELS, type OrderStatus } from '@shop/shared';

export type OrderTabKey = 'all' | 'pending_payment' | 'awaiting_shipment' | 'awaiting_pickup' | 'shipped' | 'completed' | 'aftersales';

export interface OrderTab {
  key: OrderTabKey;
  label: string;
  /** The status the list asks the server for; undefined = every order. */
  status?: OrderStatus;
}

/**
 * The order list's tabs, the way Chinese shops name them. Labels of single statuses come from
 * the shared status labels. 售后 shows orders being refunded: the list API filters by one status
 * (see /work/notes/miniapp-requests.md for asking it to take refunded ones too).
 */
export const ORDER_TABS: readonly OrderTab[] = [
  { key: 'all', label: '全部' },
  { key: 'pending_payment', label: ORDER_STATUS_LABELS.pending_payment, status: 'pending_payment' },
  { key: 'awaiting_shipment', label: ORDER_STATUS_LABELS.awaiting_shipment, status: 'awaiting_shipment' },
  { key: 'awaiting_pickup', label: ORDER_STATUS_LABELS.awaiting_pickup, status: 'awaiting_pickup' },
  { key: 'shipped', label: ORDER_STATUS_LABELS.shipped, status: 'shipped' },
  { key: 'completed', label: ORDER_STATUS_LABELS.completed, status: 'completed' },
  { key: 'aftersales', label: '售后', status: 'refunding' },
];

export function orderTab(key: string | undefined): OrderTab {
  return ORDER_TABS.find((tab) => tab.key === key) ?? ORDER_TABS[0]!;
}
