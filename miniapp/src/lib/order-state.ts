import { canTransition, type OrderStatus, type OrderView } from '@shop/shared';

/** Still waiting for the buyer's money. */
export function isAwaitingPayment(order: Pick<OrderView, 'status'>): boolean {
  return order.status === 'pending_payment';
}

/** The payment question is settled either way: paid (and on to fulfillment) or cancelled. */
export function paymentSettled(order: Pick<OrderView, 'status'>): boolean {
  return order.status !== 'pending_payment';
}

/** The buyer may cancel (the shared state machine's rule). */
export function canCancel(order: Pick<OrderView, 'status'>): boolean {
  return canTransition(order.status, 'cancel');
}

/** The buyer may confirm the goods arrived. */
export function canConfirmReceipt(order: Pick<OrderView, 'status'>): boolean {
  return order.status === 'shipped';
}

/** The buyer may pay: unpaid and the deadline not yet passed. */
export function canPay(order: Pick<OrderView, 'status' | 'payDeadline'>, now = Date.now()): boolean {
  return canTransition(order.status, 'pay') && Date.parse(order.payDeadline) > now;
}

/** The header line of an order's status, in words shoppers know. */
export function statusHint(order: Pick<OrderView, 'status' | 'fulfillment' | 'cancelReason'>): string {
  const hints: Partial<Record<OrderStatus, string>> = {
    pending_payment: '请在倒计时结束前完成支付，超时订单将自动取消',
    paid: '支付成功，订单处理中',
    awaiting_shipment: '商家正在备货，请耐心等待',
    awaiting_pickup: '商品已为你预留，请到门店自提',
    shipped: '商品已发出，请留意物流',
    completed: '交易完成，感谢你的购买',
    refunding: '退款处理中',
    refunded: '退款已原路退回',
  };
  if (order.status === 'cancelled') return order.cancelReason === 'not paid in time' ? '超时未支付，订单已取消' : '订单已取消';
  return hints[order.status] ?? '';
}

/**
 * What the buyer paid for an order, as its money line says it: 实付 the amount (and 已退款 what
 * came back) once paid; before that, or when it was cancelled unpaid, 应付 the amount and that
 * nothing was paid.
 */
export type PaymentFigures = { paid: true; amount: number; refunded: number } | { paid: false; amount: number; note: string };

export function paymentFigures(order: Pick<OrderView, 'status' | 'paidAt' | 'payableTotal' | 'refundedTotal'>): PaymentFigures {
  if (order.paidAt !== null) return { paid: true, amount: order.payableTotal, refunded: order.refundedTotal };
  return { paid: false, amount: order.payableTotal, note: order.status === 'cancelled' ? '未支付 · 已取消' : '未支付' };
}

/** A delivery's expected arrival is worth showing only for a paid order whose goods have not left yet. */
export function showsDeliveryEta(order: Pick<OrderView, 'status' | 'paidAt' | 'shipment'>): boolean {
  return order.paidAt !== null && order.shipment === null && (order.status === 'paid' || order.status === 'awaiting_shipment');
}
