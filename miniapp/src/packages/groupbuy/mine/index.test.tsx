import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setCurrentPage, setRouterParams, type MockRequest } from '../../../../test/mocks/taro';
import { failure, myGroup, ok, signIn } from '../testing/fixtures';
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
    // What was bought, from the answer itself: product, spec and quantity, the price paid against the list price.
    const goods = screen.getByTestId('my-group-31-product').textContent ?? '';
    expect(goods).toContain('重磅纯棉圆领T恤');
    expect(goods).toContain('颜色:本白 · ×1');
    expect(screen.getByTestId('my-group-31-price').textContent).toBe('拼团价¥99.00');

    fireEvent.click(screen.getByTestId('my-group-32-open'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=32' });
    fireEvent.click(screen.getByTestId('my-group-33-order'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trade/order/index?id=72' });
  });

  it('shows one outcome per tab, asking the server for it, and opens on the tab a link names', async () => {
    signIn();
    setRouterParams({ tab: 'succeeded' });
    const asked: (string | undefined)[] = [];
    routeRequests({
      'GET /groupbuy/mine': (request: MockRequest) => {
        const status = /status=(\w+)/.exec(request.url)?.[1];
        asked.push(status);
        if (status === 'failed') return ok({ items: [], nextCursor: null });
        return ok({ items: [myGroup({ id: status === 'succeeded' ? 32 : 31, status: status === 'succeeded' ? 'succeeded' : 'open' })], nextCursor: null });
      },
    });
    render(<MyGroupsPage />);
    expect((await screen.findByTestId('my-group-32-label')).textContent).toBe('拼团成功');
    expect(screen.getByTestId('my-group-tabs-succeeded').className).toContain('tabs__item--active');

    fireEvent.click(screen.getByTestId('my-group-tabs-open'));
    expect((await screen.findByTestId('my-group-31-label')).textContent).toBe('拼团中 · 还差 1 人');
    expect(screen.queryByTestId('my-group-32')).toBeNull();

    fireEvent.click(screen.getByTestId('my-group-tabs-failed'));
    expect((await screen.findByTestId('my-groups-empty')).textContent).toContain('没有未成团的记录');

    fireEvent.click(screen.getByTestId('my-group-tabs-all'));
    await screen.findByTestId('my-group-31');
    expect(asked).toEqual(['succeeded', 'open', 'failed', undefined]);
  });

  it('has a way forward when the member never joined a group', async () => {
    signIn();
    routeRequests({ 'GET /groupbuy/mine': () => ok({ items: [], nextCursor: null }) });
    render(<MyGroupsPage />);
    fireEvent.click((await screen.findByTestId('my-groups-empty')).querySelector('button')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('opens the login page, coming back here, when the session is no longer accepted', async () => {
    signIn();
    setRouterParams({});
    setCurrentPage('packages/groupbuy/mine/index');
    routeRequests({ 'GET /groupbuy/mine': () => failure(401, 'UNAUTHENTICATED', '请先登录') });
    render(<MyGroupsPage />);
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/groupbuy/mine/index')}` }));
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('says 网络异常 with 重新加载 when the first page fails, not "never joined" nor a toast, and lists the groups on retry', async () => {
    signIn();
    let down = true;
    routeRequests({
      'GET /groupbuy/mine': () => {
        if (down) throw new Error('request:fail');
        return ok({ items: [myGroup({ id: 31, orderId: 70, status: 'open', orderStatus: 'pending_payment' })], nextCursor: null });
      },
    });
    render(<MyGroupsPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('my-groups-empty')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    fireEvent.click(screen.getByText('重新加载'));
    expect((await screen.findByTestId('my-group-31-label')).textContent).toBe('待支付');
  });
});

