import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { ok, order, signIn } from '../../groupbuy/testing/fixtures';
import OrdersPage from './index';

describe('我的订单 cards', () => {
  it('say what was paid: 实付 (and 已退款) once paid, 应付 and 未支付 for an order cancelled or still unpaid', async () => {
    signIn();
    setRouterParams({});
    const card = (id: number, fields: Parameters<typeof order>[0]) => order({ id, orderNo: `20261123000000${id}`, source: 'normal', payableTotal: 6900, ...fields });
    routeRequests({
      'GET /orders': () =>
        ok({
          items: [
            card(71, { status: 'cancelled', statusLabel: '已取消', paidAt: null, cancelledAt: '2026-11-23T08:30:00.000Z' }),
            card(72, { status: 'pending_payment', statusLabel: '待付款', paidAt: null }),
            card(73, { status: 'awaiting_shipment', statusLabel: '待发货' }),
            card(74, { status: 'refunded', statusLabel: '已退款', refundedTotal: 6900 }),
          ],
          nextCursor: null,
        }),
    });
    render(<OrdersPage />);
    await waitFor(() => expect(screen.getAllByTestId('order-card')).toHaveLength(4));
    const totals = screen.getAllByTestId('order-card-total').map((t) => t.textContent);
    expect(totals).toEqual(['共 0 件 应付 ¥69.00· 未支付 · 已取消', '共 0 件 应付 ¥69.00', '共 0 件 实付 ¥69.00', '共 0 件 实付 ¥69.00· 已退款 ¥69.00']);
  });
});

describe('我的订单 states', () => {
  it('says 网络异常 with 重新加载 when the first page fails, never a blank or empty list nor a toast, and shows the orders on retry', async () => {
    signIn();
    setRouterParams({});
    let down = true;
    routeRequests({
      'GET /orders': () => {
        if (down) throw new Error('request:fail');
        return ok({ items: [order({ id: 71, source: 'normal' })], nextCursor: null });
      },
    });
    render(<OrdersPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('还没有相关订单')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    await waitFor(() => expect(screen.getAllByTestId('order-card')).toHaveLength(1));
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('says there are no orders yet, with a way to shop', async () => {
    signIn();
    setRouterParams({ tab: 'pending_payment' });
    routeRequests({ 'GET /orders': () => ok({ items: [], nextCursor: null }) });
    render(<OrdersPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有相关订单');
  });
});
