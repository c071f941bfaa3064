import { ORDER_STATUS_LABELS, maskPhone, type AddressSnapshot, type FulfillmentType, type OrderEventView, type OrderFulfillmentView, type OrderStoreView, type OrderView } from '@shop/shared';
import { deliveryEta } from '../fulfillment/dispatch.js';
import type { DeliveryPartView } from '../fulfillment/fulfillment-planner.js';
import { pickupQrPayload } from './pickup-code.js';
import type { Store } from '../stores/store.entity.js';
import type { Order } from './order.entity.js';
import type { OrderItem } from './order-item.entity.js';
import type { OrderEvent } from './order-event.entity.js';

export function storeView(store: Store): OrderStoreView {
  return { id: store.id, name: store.name, address: store.address, phone: store.phone, openingHours: store.openingHours };
}

/** A split delivery as shown: the order's ETA (the latest part's) and each part. */
export type SplitView = { eta: string; parts: DeliveryPartView[] } | null;

export function orderView(order: Order, items: OrderItem[], store: Store | null, events?: OrderEvent[], split: SplitView = null): OrderView {
  const view: OrderView = {
    id: order.id,
    orderNo: order.orderNo,
    status: order.status,
    statusLabel: ORDER_STATUS_LABELS[order.status],
    fulfillment: fulfillmentView(order.fulfillmentType, order.address, store, split),
    channel: order.channel,
    memberId: order.memberId,
    staffId: order.staffId,
    source: order.source,
    lines: items.map((item) => ({
      itemId: item.id,
      skuId: item.skuId,
      productId: item.productId,
      title: item.title,
      specText: item.specText,
      image: item.image,
      qty: item.quantity,
      listPrice: item.listPrice,
      unitPrice: item.unitPrice,
      discounts: item.discounts,
      payable: item.payable,
    })),
    itemsTotal: order.itemsTotal,
    discounts: order.discounts,
    discountTotal: order.discountTotal,
    shippingFee: order.shippingFee,
    shippingDiscount: order.shippingDiscount,
    payableTotal: order.payableTotal,
    pointsUsed: order.pointsUsed,
    pointsEarned: order.pointsEarned,
    refundedTotal: order.refundedTotal,
    shipment: order.carrier && order.trackingNo && order.shippedAt ? { carrier: order.carrier, trackingNo: order.trackingNo, shippedAt: order.shippedAt.toISOString() } : null,
    pickup: order.pickupCode && order.status !== 'pending_payment' && order.status !== 'cancelled' ? { code: order.pickupCode, qrPayload: pickupQrPayload(order.orderNo, order.pickupCode), ready: order.pickupReadyAt !== null } : null,
    buyerNote: order.buyerNote,
    payDeadline: order.payDeadline.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    cancelReason: order.cancelReason,
    completedAt: order.completedAt?.toISOString() ?? null,
    createdAt: order.createdAt.toISOString(),
  };
  if (events) view.events = events.map(eventView);
  return view;
}

function eventView(event: OrderEvent): OrderEventView {
  return { fromStatus: event.fromStatus, toStatus: event.toStatus, note: event.note, at: event.createdAt.toISOString() };
}

export function fulfillmentView(type: FulfillmentType, address: AddressSnapshot | null, store: Store | null, split: SplitView = null): OrderFulfillmentView {
  const view: OrderFulfillmentView = { type, address, store: store ? storeView(store) : null, eta: type === 'delivery' ? deliveryEta(store !== null) : null };
  if (type === 'delivery' && split) {
    view.eta = split.eta;
    view.parts = split.parts.map((part) => ({ store: part.store ? storeView(part.store) : null, eta: part.eta, skuIds: part.skuIds }));
  }
  return view;
}

/**
 * An order as staff and the back office see it: the recipient's phone masked and no pickup code
 * or QR, which belong to the buyer (a store sees them only after looking the code up itself).
 * `keepPickupCode`: the counter's own receipt of a guest's pickup order, who has no app to show it.
 */
export function backOfficeView(order: OrderView, options: { keepPickupCode?: boolean } = {}): OrderView {
  return {
    ...maskedRecipient(order),
    pickup: order.pickup && !options.keepPickupCode ? { ...order.pickup, code: null, qrPayload: null } : order.pickup,
  };
}

/** The same order or preview with the delivery recipient's phone masked (139****2222). */
export function maskedRecipient<T extends { fulfillment: OrderFulfillmentView }>(priced: T): T {
  const address = priced.fulfillment.address;
  return address ? { ...priced, fulfillment: { ...priced.fulfillment, address: { ...address, phone: maskPhone(address.phone) } } } : priced;
}
