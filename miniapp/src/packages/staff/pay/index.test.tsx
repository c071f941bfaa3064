import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Taro, { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { PAY_POLL_MS } from '../hooks/useCounterPayment';
import { failure, offline, ok, order, signInStaff } from '../testing/fixtures';
import CounterPayPage from './index';

const NATIVE = { method: 'native', outTradeNo: '2026112310000091N', codeUrl: 'weixin://wxpay/bizpayurl?pr=abc', cashierUrl: 'http://127.0.0.1:9000/cashier?code_url=x' };

describe('收款', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the Native QR, asks every 2 s and turns into 已收款 once the customer paid', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signInStaff();
    setRouterParams({ orderId: '91' });
    let reads = 0;
    routeRequests({
      'GET /staff/orders/91': () => ok(++reads < 3 ? order() : order({ status: 'completed', statusLabel: '已完成', paidAt: new Date().toISOString() })),
      'POST /staff/orders/91/pay': () => ok(NATIVE),
    });
    render(<CounterPayPage />);
    expect(((await screen.findByTestId('pay-qr')) as HTMLImageElement).src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(screen.getByTestId('pay-amount').textContent).toBe('¥159.00');
    expect(screen.getByTestId('pay-status').textContent).toMatch(/^等待支付 · 剩余 \d{2}:\d{2}$/);
    expect(reads).toBe(2);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(PAY_POLL_MS);
    });
    await waitFor(() => expect(screen.getByTestId('pay-paid').textContent).toContain('已收款¥159.00'));
    expect(reads).toBe(3);
    fireEvent.click(screen.getByTestId('next-customer'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/counter/index' }));
  });

  it('opens the emulator cashier in a new window on H5', async () => {
    process.env.TARO_ENV = 'h5';
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    signInStaff();
    setRouterParams({ orderId: '91' });
    routeRequests({ 'GET /staff/orders/91': () => ok(order()), 'POST /staff/orders/91/pay': () => ok(NATIVE) });
    render(<CounterPayPage />);
    fireEvent.click(await screen.findByTestId('open-cashier'));
    await waitFor(() => expect(open).toHaveBeenCalledWith(NATIVE.cashierUrl, '_blank'));
    open.mockRestore();
  });

  it('shows a paid order as paid without asking for a QR, with the pickup code and whether the goods are there yet', async () => {
    signInStaff();
    setRouterParams({ orderId: '91' });
    routeRequests({ 'GET /staff/orders/91': () => ok(order({ status: 'awaiting_pickup', paidAt: '2026-11-23T02:01:00.000Z', pickup: { code: '123456', qrPayload: 'PICKUP:2026112310000091:123456', ready: false } })) });
    render(<CounterPayPage />);
    expect((await screen.findByTestId('pay-pickup-code')).textContent).toBe('取货码 123456');
    expect(screen.getByTestId('pay-pickup-ready').textContent).toBe('商品调拨中，到店后会通知顾客取货');
    expect(Taro.request.mock.calls.some(([r]) => r.url.endsWith('/pay'))).toBe(false);
    expect(screen.queryByTestId('open-cashier')).toBeNull();
  });

  it("points a member to their own app for the pickup code, which the tablet never receives", async () => {
    signInStaff();
    setRouterParams({ orderId: '91' });
    routeRequests({ 'GET /staff/orders/91': () => ok(order({ status: 'awaiting_pickup', memberId: 7, paidAt: '2026-11-23T02:01:00.000Z', pickup: { code: null, qrPayload: null, ready: true } })) });
    render(<CounterPayPage />);
    expect((await screen.findByTestId('pay-pickup-code')).textContent).toBe('取货码已发送至会员的「我的订单」');
    expect(screen.getByTestId('pay-pickup-ready').textContent).toBe('商品已在门店，可凭码取货');
  });

  it('cancels an unpaid order after asking, and goes back to the counter', async () => {
    signInStaff();
    setRouterParams({ orderId: '91' });
    const cancelled = vi.fn(() => ok(order({ status: 'cancelled', statusLabel: '已取消' })));
    routeRequests({ 'GET /staff/orders/91': () => ok(order()), 'POST /staff/orders/91/pay': () => ok({ ...NATIVE, cashierUrl: null }), 'POST /staff/orders/91/cancel': cancelled });
    render(<CounterPayPage />);
    await screen.findByTestId('pay-qr');
    expect(screen.queryByTestId('open-cashier')).toBeNull();
    fireEvent.click(screen.getByTestId('cancel-order'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/counter/index' }));
    expect(Taro.showModal).toHaveBeenCalled();
    expect(cancelled).toHaveBeenCalledTimes(1);
  });

  it('says 订单不存在 with the way back to the counter for an order this store does not know, or no order id at all', async () => {
    signInStaff();
    setRouterParams({ orderId: '404' });
    routeRequests({ 'GET /staff/orders/404': () => failure(404, 'NOT_FOUND', 'Order not found') });
    const { unmount } = render(<CounterPayPage />);
    const gone = await screen.findByTestId('not-found');
    expect(gone.textContent).toContain('订单不存在');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    fireEvent.click(within(gone).getByText('返回收银台'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/counter/index' });
    unmount();

    setRouterParams({});
    Taro.request.mockClear();
    render(<CounterPayPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('订单不存在');
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('says 网络异常 when the order cannot be reached, and shows the QR after 重新加载', async () => {
    signInStaff();
    setRouterParams({ orderId: '91' });
    let online = false;
    routeRequests({ 'GET /staff/orders/91': () => (online ? ok(order()) : offline()), 'POST /staff/orders/91/pay': () => ok(NATIVE) });
    render(<CounterPayPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('not-found')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findByTestId('pay-qr')).toBeTruthy();
  });

  it('keeps the order on screen (and its cancel) when its QR cannot be had, and asks again on 重新加载', async () => {
    signInStaff();
    setRouterParams({ orderId: '91' });
    let qrs = 0;
    routeRequests({ 'GET /staff/orders/91': () => ok(order()), 'POST /staff/orders/91/pay': () => (++qrs === 1 ? failure(503, 'PAYMENT_PROVIDER_ERROR', 'wechat down') : ok(NATIVE)) });
    render(<CounterPayPage />);
    const failed = await screen.findByTestId('pay-qr-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.getByTestId('pay-amount').textContent).toBe('¥159.00');
    expect(screen.getByTestId('cancel-order')).toBeTruthy();
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findByTestId('pay-qr')).toBeTruthy();
    expect(qrs).toBe(2);
  });
});
