import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it, vi } from 'vitest';
import { routeRequests, setCurrentPage, setRouterParams, type MockRequest, type MockResponse } from '../../../../test/mocks/taro';
import { address, failure, groupDetail, jsapiPay, member, mySeat, offer, ok, order, pricingContext, product, signIn, store } from '../testing/fixtures';
import GroupPage from './index';

type Routes = Record<string, (request: MockRequest) => MockResponse>;

/** The answers every group page asks for; tests override what they are about. */
function serve(routes: Routes = {}) {
  routeRequests({
    'GET /groupbuy/groups/31': () => ok(groupDetail()),
    'GET /products/2': () => ok(product()),
    'GET /products/2/groupbuy': () => ok({ offers: [offer()], openGroups: [] }),
    'GET /addresses': () => ok({ items: [address()] }),
    'GET /pricing/context': () => ok(pricingContext),
    'GET /stores': () => ok([store()]),
    ...routes,
  });
}

describe('拼团 page', () => {
  it('shows a stranger the leader, the empty seat, the time left and 参与拼团', async () => {
    setRouterParams({ id: '31' });
    // Opened from a share link on H5: Taro keeps the query in $taroParams, not in options.
    setCurrentPage('/packages/groupbuy/group/index', undefined, { path: '/packages/groupbuy/group/index?stamp=1', $taroParams: { id: '31', stamp: '1' } });
    serve();
    render(<GroupPage />);
    expect((await screen.findByTestId('group-title')).textContent).toBe('还差 1 人拼团成功');
    expect(screen.getAllByTestId('seat-member')).toHaveLength(1);
    expect(screen.getAllByTestId('seat-empty')).toHaveLength(1);
    expect(screen.getByText('团长')).toBeTruthy();
    expect(screen.getByTestId('group-countdown').textContent).toMatch(/^剩余 00:5\d:\d\d$/);
    expect((await screen.findByTestId('gb-unit-price')).textContent).toContain('¥99.00');
    expect(screen.queryByTestId('my-seat')).toBeNull();

    // Not signed in: joining asks to log in first, and the login comes back to this very group.
    const join = await screen.findByTestId('group-join');
    await act(async () => void fireEvent.click(join));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/groupbuy/group/index?id=31')}` });
  });

  it('joins with the chosen SKU and address under an idempotency key, pays and watches the payment', async () => {
    signIn();
    setRouterParams({ id: '31' });
    const joins: MockRequest[] = [];
    serve({
      'POST /groupbuy/groups/31/join': (request) => {
        joins.push(request);
        return ok({ order: order({ id: 71, status: 'pending_payment', paidAt: null }), group: groupDetail({ seatsTaken: 2, remainingSeats: 0 }) }, 201);
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
    serve({ 'GET /groupbuy/groups/31': () => ok(groupDetail({ mySeat: mySeat() })), 'GET /orders/70': () => ok(order()) });
    const { unmount } = render(<GroupPage />);
    expect((await screen.findByTestId('invite')).textContent).toBe('邀请好友参团');
    expect(screen.getByTestId('my-seat').textContent).toBe('你是团长');
    expect(screen.queryByTestId('group-join')).toBeNull();
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
      'GET /groupbuy/groups/31': () =>
        ok(
          paid
            ? groupDetail({ status: 'succeeded', statusLabel: '拼团成功', paidCount: 2, seatsTaken: 2, remainingSeats: 0, members: [member('阿团', { isLeader: true }), member('小栖')], mySeat: mySeat({ orderId: 71, isLeader: false, orderStatus: 'awaiting_shipment' }) })
            : groupDetail({ seatsTaken: 2, remainingSeats: 0, members: [member('阿团', { isLeader: true }), member('小栖', { paid: false })], mySeat: mySeat({ orderId: 71, isLeader: false, orderStatus: 'pending_payment', paid: false }) }),
        ),
      'GET /orders/71': () => {
        paid = true;
        return ok(order({ id: 71, status: 'awaiting_shipment' }));
      },
    });
    render(<GroupPage />);
    await waitFor(() => expect(screen.getByTestId('group-title').textContent).toBe('拼团成功'));
    expect(screen.getByTestId('my-seat').textContent).toBe('你已参团');
    expect(screen.queryByTestId('group-confirming')).toBeNull();
    expect(screen.queryAllByTestId('seat-empty')).toHaveLength(0);
    // The product still shows once the payment is confirmed and everything reloaded.
    expect((await screen.findByTestId('gb-product-title')).textContent).toBe('重磅纯棉圆领T恤');
  });

  it('shows the refund on the member’s order when the group failed', async () => {
    signIn();
    setRouterParams({ id: '31' });
    serve({
      'GET /groupbuy/groups/31': () => ok(groupDetail({ status: 'failed', statusLabel: '拼团失败', mySeat: mySeat({ orderStatus: 'refunded' }) })),
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
      'GET /groupbuy/groups/31': () => ok(groupDetail({ seatsTaken: 2, remainingSeats: 0, mySeat: mySeat({ isLeader: false, orderStatus: 'pending_payment', paid: false }) })),
      'GET /orders/70': () => ok(order({ status: 'pending_payment', paidAt: null, payDeadline: new Date(Date.now() + 600_000).toISOString() })),
      'POST /orders/70/pay': () => jsapiPay(70),
    });
    render(<GroupPage />);
    expect((await screen.findByTestId('pay-countdown')).textContent).toMatch(/^支付剩余 00:(09:5\d|10:00)$/);
    expect(screen.getByTestId('my-seat').textContent).toBe('你已参团 · 待支付，名额为你保留中');
    expect(screen.queryByTestId('group-join')).toBeNull();
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
      serve({ 'GET /groupbuy/groups/31': () => ok(++loads === 1 ? groupDetail({ expiresAt: new Date(Date.now() - 1000).toISOString() }) : groupDetail({ status: 'failed', statusLabel: '拼团失败' })) });
      render(<GroupPage />);
      expect((await screen.findByTestId('group-countdown')).textContent).toBe('已到时间，正在结算…');
      await act(async () => void (await vi.advanceTimersByTimeAsync(15_000)));
      await waitFor(() => expect(screen.getByTestId('group-title').textContent).toBe('拼团失败'));
      expect(loads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows what the group buys from the group itself while the product is still loading', async () => {
    setRouterParams({ id: '31' });
    serve({ 'GET /products/2': () => failure(500, 'INTERNAL', 'boom') });
    render(<GroupPage />);
    expect((await screen.findByTestId('gb-group-facts')).textContent).toContain('重磅纯棉圆领T恤');
    expect(screen.getByTestId('gb-unit-price').textContent).toContain('¥99.00');
  });

  it('asks for the group with the member’s token, and again without it when the server refuses the token', async () => {
    signIn();
    setRouterParams({ id: '31' });
    const seen: (string | undefined)[] = [];
    serve({
      'GET /groupbuy/groups/31': (request) => {
        seen.push(request.header?.Authorization);
        return request.header?.Authorization ? failure(401, 'UNAUTHENTICATED', '登录已过期，请重新登录') : ok(groupDetail());
      },
    });
    render(<GroupPage />);
    expect((await screen.findByTestId('group-title')).textContent).toBe('还差 1 人拼团成功');
    expect(seen).toEqual([expect.stringMatching(/^Bearer /), undefined]);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(screen.getByTestId('group-join')).toBeTruthy();
  });

  it('offers a way forward when the group does not exist', async () => {
    setRouterParams({ id: '404' });
    serve({ 'GET /groupbuy/groups/404': () => failure(404, 'NOT_FOUND', '拼团不存在') });
    render(<GroupPage />);
    const missing = await screen.findByTestId('group-missing');
    expect(within(missing).getByTestId('not-found').textContent).toContain('拼团不存在');
    fireEvent.click(missing.querySelector('button')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('says 拼团不存在 for a share link without a group id, without asking the server', async () => {
    setRouterParams({});
    serve();
    render(<GroupPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('拼团不存在');
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('says 网络异常 (not 拼团不存在) when offline, and shows the group on retry', async () => {
    setRouterParams({ id: '31' });
    let down = true;
    serve({
      'GET /groupbuy/groups/31': () => {
        if (down) throw new Error('request:fail');
        return ok(groupDetail());
      },
    });
    render(<GroupPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('拼团不存在')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect((await screen.findByTestId('group-title')).textContent).toBe('还差 1 人拼团成功');
  });

  it('shows the group when its product cannot be loaded, with a retry in place of the buttons', async () => {
    setRouterParams({ id: '31' });
    let down = true;
    serve({ 'GET /products/2': () => (down ? failure(503, 'SERVICE_UNAVAILABLE', 'busy') : ok(product())) });
    render(<GroupPage />);
    expect((await screen.findByTestId('group-title')).textContent).toBe('还差 1 人拼团成功');
    const retry = await screen.findByTestId('group-actions-failed');
    down = false;
    await act(async () => void fireEvent.click(retry));
    expect(await screen.findByTestId('group-join')).toBeTruthy();
  });
});
