import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it, vi } from 'vitest';
import { routeRequests, setRouterParams, type MockRequest, type MockResponse } from '../../../../test/mocks/taro';
import { address, failure, group, jsapiPay, member, myGroup, offer, ok, order, pricingContext, product, signIn, store } from '../testing/fixtures';
import GroupPage from './index';

type Routes = Record<string, (request: MockRequest) => MockResponse>;

/** The answers every group page asks for; tests override what they are about. */
function serve(routes: Routes = {}) {
  routeRequests({
    'GET /groupbuy/groups/31': () => ok(group()),
    'GET /products/2': () => ok(product()),
    'GET /products/2/groupbuy': () => ok({ offers: [offer()], openGroups: [] }),
    'GET /groupbuy/mine': () => ok({ items: [], nextCursor: null }),
    'GET /addresses': () => ok({ items: [address()] }),
    'GET /pricing/context': () => ok(pricingContext),
    'GET /stores': () => ok([store()]),
    ...routes,
  });
}

describe('拼团 page', () => {
  it('shows a stranger the leader, the empty seat, the time left and 参与拼团', async () => {
    setRouterParams({ id: '31' });
    serve();
    render(<GroupPage />);
    expect((await screen.findByTestId('group-title')).textContent).toBe('还差 1 人拼团成功');
    expect(screen.getAllByTestId('seat-member')).toHaveLength(1);
    expect(screen.getAllByTestId('seat-empty')).toHaveLength(1);
    expect(screen.getByText('团长')).toBeTruthy();
    expect(screen.getByTestId('group-countdown').textContent).toMatch(/^剩余 00:5\d:\d\d$/);
    expect((await screen.findByTestId('gb-unit-price')).textContent).toContain('¥99.00');

    // Not signed in: joining asks to log in first.
    await act(async () => void fireEvent.click(screen.getByTestId('group-join')));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('joins with the chosen SKU and address under an idempotency key, pays and watches the payment', async () => {
    signIn();
    setRouterParams({ id: '31' });
    const joins: MockRequest[] = [];
    serve({
      'POST /groupbuy/groups/31/join': (request) => {
        joins.push(request);
        return ok({ order: order({ id: 71, status: 'pending_payment', paidAt: null }), group: group({ seatsTaken: 2, remainingSeats: 0 }) }, 201);
      },
      'POST /orders/71/pay': () => jsapiPay(71),
    });
    render(<GroupPage />);
    const joinButton = await screen.findByTestId('group-join');
    await act(async () => void fireEvent.click(joinButton));
    expect(screen.getByTestId('gb-submit').textContent).toBe('请选择规格');

    fireEvent.click(screen.getByTestId('gb-sku-5'));
    // ¥109.00 at the group price, free delivery from ¥99 (the shared engine with the server's rule).
    await waitFor(() => expect(screen.getByTestId('gb-total').textContent).toBe('¥109.00'));
    expect(screen.getByTestId('checkout-address').textContent).toContain('测试买家');
    await act(async () => void fireEvent.click(screen.getByTestId('gb-submit')));

    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=31&orderId=71' }));
    expect(joins).toHaveLength(1);
    expect(joins[0]!.data).toEqual({ skuId: 5, qty: 1, fulfillment: { type: 'delivery', addressId: 3 } });
    expect(joins[0]!.header?.['Idempotency-Key']).toMatch(/^order-/);
    expect(Taro.requestPayment).toHaveBeenCalled();
  });

  it('shows the server’s reason when the group filled up meanwhile, and lets the buyer try again', async () => {
    signIn();
    setRouterParams({ id: '31' });
    serve({ 'POST /groupbuy/groups/31/join': () => failure(409, 'GROUP_FULL', '这个团已经满员了，去开一个新团吧') });
    render(<GroupPage />);
    const joinButton = await screen.findByTestId('group-join');
    await act(async () => void fireEvent.click(joinButton));
    fireEvent.click(screen.getByTestId('gb-sku-4'));
    fireEvent.click(screen.getByTestId('fulfillment-pickup'));
    await screen.findByTestId('store-1');
    await waitFor(() => expect(screen.getByTestId('gb-submit').getAttribute('aria-disabled')).toBe('false'));
    await act(async () => void fireEvent.click(screen.getByTestId('gb-submit')));

    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '这个团已经满员了，去开一个新团吧' })));
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(screen.getByTestId('gb-submit').getAttribute('aria-disabled')).toBe('false');
  });

  it('lets a paid member invite friends: the share button in WeChat, the link on H5', async () => {
    signIn();
    setRouterParams({ id: '31' });
    serve({ 'GET /groupbuy/mine': () => ok({ items: [myGroup()], nextCursor: null }), 'GET /orders/70': () => ok(order()) });
    const { unmount } = render(<GroupPage />);
    expect((await screen.findByTestId('invite')).textContent).toBe('邀请好友参团');
    expect(screen.getByTestId('group-view-order')).toBeTruthy();
    unmount();

    process.env.TARO_ENV = 'h5';
    const setClipboardData = vi.fn(async (_options: { data: string }) => undefined);
    Object.assign(Taro, { setClipboardData });
    render(<GroupPage />);
    const link = (await screen.findByTestId('invite-link')).textContent ?? '';
    expect(link).toMatch(/#\/packages\/groupbuy\/group\/index\?id=31$/);
    await act(async () => void fireEvent.click(screen.getByTestId('invite')));
    expect(setClipboardData).toHaveBeenCalledWith({ data: link });
  });

  it('confirms a payment the buyer just made, then shows 拼团成功', async () => {
    signIn();
    setRouterParams({ id: '31', orderId: '71' });
    let paid = false;
    serve({
      'GET /groupbuy/groups/31': () => ok(paid ? group({ status: 'succeeded', statusLabel: '拼团成功', paidCount: 2, seatsTaken: 2, remainingSeats: 0, members: [member('阿团', { isLeader: true }), member('小栖')] }) : group()),
      'GET /groupbuy/mine': () => ok({ items: [myGroup({ orderId: 71, isLeader: false, orderStatus: paid ? 'awaiting_shipment' : 'pending_payment' })], nextCursor: null }),
      'GET /orders/71': () => {
        paid = true;
        return ok(order({ id: 71, status: 'awaiting_shipment' }));
      },
    });
    render(<GroupPage />);
    await waitFor(() => expect(screen.getByTestId('group-title').textContent).toBe('拼团成功'));
    expect(screen.queryByTestId('group-confirming')).toBeNull();
    expect(screen.queryAllByTestId('seat-empty')).toHaveLength(0);
    // The product still shows once the payment is confirmed and everything reloaded.
    expect((await screen.findByTestId('gb-product-title')).textContent).toBe('重磅纯棉圆领T恤');
  });

  it('shows the refund on the member’s order when the group failed', async () => {
    signIn();
    setRouterParams({ id: '31' });
    serve({
      'GET /groupbuy/groups/31': () => ok(group({ status: 'failed', statusLabel: '拼团失败' })),
      'GET /groupbuy/mine': () => ok({ items: [myGroup({ status: 'failed', orderStatus: 'refunded' })], nextCursor: null }),
      'GET /orders/70': () => ok(order({ status: 'refunded', refundedTotal: 9900 })),
    });
    render(<GroupPage />);
    await waitFor(() => expect(screen.getByTestId('group-note').textContent).toBe('已退款 ¥99.00，原路退回'));
    expect(screen.getByTestId('group-title').textContent).toBe('拼团失败');
    expect(screen.getByTestId('group-start-new')).toBeTruthy();
  });

  it('asks a member with an unpaid seat to pay before the deadline, and pays', async () => {
    signIn();
    setRouterParams({ id: '31' });
    serve({
      'GET /groupbuy/mine': () => ok({ items: [myGroup({ isLeader: false, orderStatus: 'pending_payment' })], nextCursor: null }),
      'GET /orders/70': () => ok(order({ status: 'pending_payment', paidAt: null, payDeadline: new Date(Date.now() + 600_000).toISOString() })),
      'POST /orders/70/pay': () => jsapiPay(70),
    });
    render(<GroupPage />);
    expect((await screen.findByTestId('pay-countdown')).textContent).toMatch(/^支付剩余 00:(09:5\d|10:00)$/);
    const pay = await screen.findByTestId('group-pay');
    await act(async () => void fireEvent.click(pay));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=31&orderId=70' }));
    expect(Taro.requestPayment).toHaveBeenCalled();
  });

  it('looks again once the time is up, so the outcome appears by itself', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      setRouterParams({ id: '31' });
      let loads = 0;
      serve({ 'GET /groupbuy/groups/31': () => ok(++loads === 1 ? group({ expiresAt: new Date(Date.now() - 1000).toISOString() }) : group({ status: 'failed', statusLabel: '拼团失败' })) });
      render(<GroupPage />);
      expect((await screen.findByTestId('group-countdown')).textContent).toBe('已到时间，正在结算…');
      await act(async () => void (await vi.advanceTimersByTimeAsync(15_000)));
      await waitFor(() => expect(screen.getByTestId('group-title').textContent).toBe('拼团失败'));
      expect(loads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers a way forward when the group does not exist', async () => {
    setRouterParams({ id: '404' });
    serve();
    render(<GroupPage />);
    fireEvent.click((await screen.findByTestId('group-missing')).querySelector('button')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});
