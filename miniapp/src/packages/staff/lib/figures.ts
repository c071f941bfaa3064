import type { CommissionFigures, StaffSalesSummary } from '@shop/shared';
import { price } from '../../../lib/format';

/** One number on a summary card: money already formatted from fen by the shared helper. */
export interface Figure {
  key: string;
  label: string;
  value: string;
}

export function salesFigures(summary: StaffSalesSummary): Figure[] {
  return [
    { key: 'orders', label: '今日订单', value: String(summary.orders) },
    { key: 'paid-orders', label: '已支付', value: String(summary.paidOrders) },
    { key: 'net-sales', label: '净销售额', value: price(summary.netSales) },
  ];
}

/** 300 basis points -> "3%", 250 -> "2.5%", 125 -> "1.25%". */
export function rateText(basisPoints: number): string {
  return `${Number((basisPoints / 100).toFixed(2))}%`;
}

export function commissionFigures(view: CommissionFigures & { rateBasisPoints: number }): Figure[] {
  return [
    { key: 'commission', label: `提成（${rateText(view.rateBasisPoints)}）`, value: price(view.commission) },
    { key: 'net', label: '净销售额', value: price(view.net) },
    { key: 'paid', label: '已支付', value: price(view.paid) },
    { key: 'refunded', label: '已退款', value: price(view.refunded) },
    { key: 'orders', label: '订单数', value: String(view.orders) },
  ];
}

/** "2026-11" in China time (the server's commission months are China-time months). */
export function chinaMonthOf(date: Date): string {
  const china = new Date(date.getTime() + 8 * 3600_000);
  return `${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "2026-11" moved by `delta` months: "2026-12" + 1 -> "2027-01". */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "本店 3" / "本店无货": stock the way a shelf label says it. */
export function stockText(where: '本店' | '仓库', available: number): string {
  return available > 0 ? `${where} ${available} 件` : `${where}无货`;
}

/** Where a credited order was placed: at a store counter, or online by a consumer bound to the staff member. */
export function channelText(channel: string): string {
  return channel.startsWith('store:') ? '门店下单' : '线上导购';
}
