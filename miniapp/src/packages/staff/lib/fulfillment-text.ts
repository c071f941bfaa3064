import type { OrderFulfillmentView } from '@shop/shared';

/** One line on how the goods reach the customer: "栖行 静安体验店 · 现场带走", "门店发货，预计今日送达 · 栖行 静安体验店". */
export function fulfillmentText(fulfillment: OrderFulfillmentView): string {
  const storeName = fulfillment.store?.name ?? null;
  switch (fulfillment.type) {
    case 'carry_out':
      return `${storeName ?? '本店'} · 现场带走`;
    case 'pickup':
      return `到 ${storeName ?? '本店'} 自提`;
    case 'delivery':
      return [fulfillment.eta ?? '送货上门', storeName].filter(Boolean).join(' · ');
  }
}
