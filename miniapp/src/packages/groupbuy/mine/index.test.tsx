import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests } from '../../../../test/mocks/taro';
import { myGroup, ok, signIn } from '../testing/fixtures';
import MyGroupsPage from './index';

describe('我的拼团', () => {
  it('labels each group from the member’s side and links to the group and the order', async () => {
    signIn();
    routeRequests({
      'GET /groupbuy/mine': () =>
        ok({
          items: [
            myGroup({ id: 31, orderId: 70, status: 'open', orderStatus: 'pending_payment' }),
            myGroup({ id: 32, orderId: 71, status: 'succeeded', orderStatus: 'awaiting_shipment', paidCount: 2 }),
            myGroup({ id: 33, orderId: 72, status: 'failed', orderStatus: 'refunded' }),
          ],
          nextCursor: null,
        }),
    });
    render(<MyGroupsPage />);
    expect((await screen.findByTestId('my-group-31-label')).textContent).toBe('待支付');
    expect(screen.getByTestId('my-group-31-open').textContent).toBe('去支付');
    expect(screen.getByTestId('my-group-32-label').textContent).toBe('拼团成功');
    expect(screen.getByTestId('my-group-33-label').textContent).toBe('拼团失败 · 已退款');

    fireEvent.click(screen.getByTestId('my-group-32-open'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=32' });
    fireEvent.click(screen.getByTestId('my-group-33-order'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trade/order/index?id=72' });
  });

  it('has a way forward when the member never joined a group', async () => {
    signIn();
    routeRequests({ 'GET /groupbuy/mine': () => ok({ items: [], nextCursor: null }) });
    render(<MyGroupsPage />);
    fireEvent.click((await screen.findByTestId('my-groups-empty')).querySelector('button')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});
