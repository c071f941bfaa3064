import type { PointsEntryKind, PointsEntryView } from '@shop/shared';

const KIND_LABELS: Record<PointsEntryKind, string> = {
  earn: '购物获得',
  spend: '下单抵扣',
  reverse_earn: '退款扣回',
  refund_spend: '退款返还',
  expire: '积分过期',
  adjust: '积分调整',
};

/** One ledger line: "购物获得 · 订单 12" and "+120" / "-50". */
export function pointsEntryText(entry: Pick<PointsEntryView, 'kind' | 'orderId' | 'delta'>): { title: string; amount: string } {
  const title = entry.orderId ? `${KIND_LABELS[entry.kind]} · 订单 ${entry.orderId}` : KIND_LABELS[entry.kind];
  return { title, amount: entry.delta > 0 ? `+${entry.delta}` : String(entry.delta) };
}
