import { describe, expect, it } from 'vitest';
import { order } from '../testing/fixtures';
import { channelText, chinaMonthOf, commissionFigures, rateText, salesFigures, shiftMonth, stockText } from './figures';
import { fulfillmentText } from './fulfillment-text';

describe('money and figures on the tablet', () => {
  it("shows today's sales with net sales formatted from fen", () => {
    expect(salesFigures({ date: '2026-11-23', orders: 12, paidOrders: 9, netSales: 1234567 }).map((f) => `${f.label} ${f.value}`)).toEqual(['今日订单 12', '已支付 9', '净销售额 ¥12,345.67']);
  });

  it('shows the commission rate from basis points and every amount from fen', () => {
    expect([rateText(300), rateText(250), rateText(125), rateText(0)]).toEqual(['3%', '2.5%', '1.25%', '0%']);
    const figures = commissionFigures({ orders: 3, paid: 50000, refunded: 15900, net: 34100, commission: 1023, rateBasisPoints: 300 });
    expect(figures.map((f) => `${f.label} ${f.value}`)).toEqual(['提成（3%） ¥10.23', '净销售额 ¥341.00', '已支付 ¥500.00', '已退款 ¥159.00', '订单数 3']);
  });

  it('counts commission months in China time and steps across years', () => {
    expect(chinaMonthOf(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(chinaMonthOf(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-05', -13)).toBe('2025-04');
  });

  it('says stock, channel and fulfillment the way staff read them', () => {
    expect([stockText('本店', 3), stockText('仓库', 0)]).toEqual(['本店 3 件', '仓库无货']);
    expect([channelText('store:1'), channelText('miniapp')]).toEqual(['门店下单', '线上导购']);
    const { fulfillment } = order();
    expect(fulfillmentText(fulfillment)).toBe('栖行 静安体验店 · 现场带走');
    expect(fulfillmentText({ ...fulfillment, type: 'pickup' })).toBe('到 栖行 静安体验店 自提');
    expect(fulfillmentText({ type: 'delivery', address: null, store: null, eta: '仓库发货，预计 1-3 天送达' })).toBe('仓库发货，预计 1-3 天送达');
    expect(fulfillmentText({ ...fulfillment, type: 'delivery', eta: '门店发货，预计今日送达' })).toBe('门店发货，预计今日送达 · 栖行 静安体验店');
  });
});
