import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { addressView, failure } from '../../../../test/fixtures';
import { routeRequests, setCurrentPage, setRouterParams } from '../../../../test/mocks/taro';
import { group, ok, order, signIn } from '../../groupbuy/testing/fixtures';
import OrderPage from './index';

describe('订单详情 of a group-buy order', () => {
  it('shows the group, its state and what is missing, and opens the group page', async () => {
    signIn();
    setRouterParams({ id: '70' });
    routeRequests({ 'GET /orders/70': () => ok({ ...order(), payments: [], refunds: [], group: group() }) });
    render(<OrderPage />);
    expect((await screen.findByTestId('order-group-status')).textContent).toBe('拼团中');
    expect(screen.getByTestId('order-group').textContent).toContain('T恤 2人团');
    expect(screen.getByTestId('order-group-note').textContent).toBe('已有 1/2 人付款，还差 1 人成团；到时未满自动退款');
    expect(screen.getByTestId('order-group-link').textContent).toBe('邀请好友参团 ›');
    fireEvent.click(screen.getByTestId('order-group'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=31' });
  });

  it('shows a failed group with its refund note, and no group at all on an ordinary order', async () => {
    signIn();
    setRouterParams({ id: '70' });
    routeRequests({ 'GET /orders/70': () => ok({ ...order({ status: 'refunded', statusLabel: '已退款', refundedTotal: 9900 }), group: group({ status: 'failed', statusLabel: '拼团失败' }) }) });
    const { unmount } = render(<OrderPage />);
    expect((await screen.findByTestId('order-group-note')).textContent).toBe('人数未满，拼团失败，已付款项自动原路退回');
    expect(screen.getByTestId('order-group-link').textContent).toBe('查看拼团 ›');
    unmount();

    routeRequests({ 'GET /orders/70': () => ok({ ...order({ source: 'normal' }), group: null }) });
    render(<OrderPage />);
    await screen.findByTestId('order-status');
    expect(screen.queryByTestId('order-group')).toBeNull();
  });

  it('keeps the group after cancelling the unpaid order, and shows its new state', async () => {
    signIn();
    setRouterParams({ id: '70' });
    let cancelled = false;
    routeRequests({
      'GET /orders/70': () => ok(cancelled ? { ...order({ status: 'cancelled', statusLabel: '已取消', paidAt: null }), group: group({ status: 'cancelled', statusLabel: '已取消' }) } : { ...order({ status: 'pending_payment', statusLabel: '待付款', paidAt: null }), group: group({ status: 'pending', statusLabel: '待团长支付' }) }),
      'POST /orders/70/cancel': () => {
        cancelled = true;
        return ok(order({ status: 'cancelled', statusLabel: '已取消', paidAt: null }));
      },
    });
    render(<OrderPage />);
    expect((await screen.findByTestId('order-group-status')).textContent).toBe('待团长支付');
    await act(async () => void fireEvent.click(await screen.findByText('取消订单')));
    expect(Taro.showModal).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('order-group-status').textContent).toBe('已取消'));
    expect(screen.getByTestId('order-group-note').textContent).toBe('团长未在时限内支付，拼团已取消');
  });
});

describe('订单详情: what was paid', () => {
  const delivery = { type: 'delivery' as const, address: addressView(7), store: null, eta: '仓库发货，预计 1-3 天送达' };
  const show = async (fields: Parameters<typeof order>[0]) => {
    signIn();
    setRouterParams({ id: '70' });
    routeRequests({ 'GET /orders/70': () => ok({ ...order({ source: 'normal', fulfillment: delivery, payableTotal: 6900, ...fields }), payments: [], refunds: [], group: null }) });
    const view = render(<OrderPage />);
    await screen.findByTestId('order-status');
    return view;
  };

  it('shows a cancelled order as owed and unpaid, with no 实付款 and no delivery estimate', async () => {
    await show({ status: 'cancelled', statusLabel: '已取消', paidAt: null, cancelledAt: '2026-11-23T08:30:00.000Z', cancelReason: 'not paid in time' });
    expect(screen.getByTestId('order-unpaid').textContent).toBe('应付款¥69.00未支付 · 已取消');
    expect(screen.queryByTestId('order-total')).toBeNull();
    expect(screen.queryByText('实付款')).toBeNull();
    expect(screen.queryByTestId('order-eta')).toBeNull();
    expect(document.body.textContent).not.toContain('预计 1-3 天送达');
  });

  it('shows an order waiting for payment as owed, without a delivery estimate yet', async () => {
    await show({ status: 'pending_payment', statusLabel: '待付款', paidAt: null });
    expect(screen.getByTestId('order-unpaid').textContent).toBe('应付款¥69.00未支付');
    expect(screen.queryByTestId('order-eta')).toBeNull();
  });

  it('shows a paid order with what was paid and when it should arrive', async () => {
    await show({ status: 'awaiting_shipment', statusLabel: '待发货' });
    expect(screen.getByTestId('order-total').textContent).toBe('¥69.00');
    expect(screen.getByTestId('order-eta').textContent).toContain('预计 1-3 天送达');
    expect(screen.queryByTestId('order-unpaid')).toBeNull();
    expect(screen.queryByTestId('order-refunded')).toBeNull();
  });

  it('shows a refunded order with what was paid and what came back, and no estimate', async () => {
    await show({ status: 'refunded', statusLabel: '已退款', refundedTotal: 6900 });
    expect(screen.getByTestId('order-total').textContent).toBe('¥69.00');
    expect(screen.getByTestId('order-refunded').textContent).toBe('¥69.00');
    expect(screen.queryByTestId('order-eta')).toBeNull();
  });
});

describe('订单详情 states', () => {
  it('says 订单不存在 for a 404, with a way to all orders', async () => {
    signIn();
    setRouterParams({ id: '70' });
    routeRequests({ 'GET /orders/70': () => failure(404, 'NOT_FOUND', '订单不存在') });
    render(<OrderPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('订单不存在');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    fireEvent.click(screen.getByText('查看全部订单'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trade/orders/index' });
  });

  it('says 订单不存在 for a link without an order id, without asking the server', async () => {
    signIn();
    setRouterParams({});
    routeRequests({});
    render(<OrderPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('订单不存在');
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('opens the login page, coming back to the order, when the session is no longer accepted', async () => {
    signIn();
    setRouterParams({ id: '70' });
    setCurrentPage('packages/trade/order/index', { id: '70' });
    routeRequests({ 'GET /orders/70': () => failure(401, 'UNAUTHENTICATED', '请先登录') });
    render(<OrderPage />);
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/trade/order/index?id=70')}` }));
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('says 网络异常 (not 订单不存在) when offline, without a toast on top, and 重新加载 shows the order', async () => {
    signIn();
    setRouterParams({ id: '70' });
    let down = true;
    routeRequests({
      'GET /orders/70': () => {
        if (down) throw new Error('request:fail');
        return ok({ ...order({ source: 'normal' }), group: null });
      },
    });
    render(<OrderPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('订单不存在')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect((await screen.findByTestId('order-status')).textContent).toBe('已付款');
  });
});
