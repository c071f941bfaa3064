/**
 * Order lifecycle as a pure transition table. Services change status only with a conditional
 * update `WHERE status = <from>`, so two racing transitions can never both win.
 */
export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'awaiting_shipment',
  'awaiting_pickup',
  'shipped',
  'completed',
  'cancelled',
  'refunding',
  'refunded',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderTransition = 'pay' | 'cancel' | 'timeout' | 'to_shipment' | 'to_pickup' | 'ship' | 'complete' | 'request_refund' | 'refund';

const TRANSITIONS: Record<OrderTransition, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  pay: { from: ['pending_payment'], to: 'paid' },
  cancel: { from: ['pending_payment'], to: 'cancelled' },
  timeout: { from: ['pending_payment'], to: 'cancelled' },
  to_shipment: { from: ['paid'], to: 'awaiting_shipment' },
  to_pickup: { from: ['paid'], to: 'awaiting_pickup' },
  ship: { from: ['awaiting_shipment'], to: 'shipped' },
  complete: { from: ['paid', 'shipped', 'awaiting_pickup'], to: 'completed' },
  request_refund: { from: ['paid', 'awaiting_shipment', 'awaiting_pickup', 'shipped', 'completed'], to: 'refunding' },
  refund: { from: ['refunding'], to: 'refunded' },
};

export function transitionSources(transition: OrderTransition): readonly OrderStatus[] {
  return TRANSITIONS[transition].from;
}

export function transitionTarget(transition: OrderTransition): OrderStatus {
  return TRANSITIONS[transition].to;
}

export function canTransition(from: OrderStatus, transition: OrderTransition): boolean {
  return TRANSITIONS[transition].from.includes(from);
}

/** Chinese labels used by the storefront and admin lists. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  paid: '已付款',
  awaiting_shipment: '待发货',
  awaiting_pickup: '待自提',
  shipped: '待收货',
  completed: '已完成',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
};
