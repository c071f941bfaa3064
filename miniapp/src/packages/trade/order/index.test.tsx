import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
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
