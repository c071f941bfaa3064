import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests } from '../../../../test/mocks/taro';
import CommissionPage from '../commission/index';
import { failure, offline, ok, order, signInStaff } from '../testing/fixtures';
import TodayOrdersPage from './index';

describe('今日订单', () => {
  it("shows the day's figures from fen and each order; an unpaid one can be paid again", async () => {
    signInStaff();
    routeRequests({
      'GET /staff/orders': () =>
        ok({
          items: [
            { ...order(), buyer: { nickname: '小栖', phone: '139****2222' } },
            { ...order({ id: 92, orderNo: '2026112310000092', memberId: null, status: 'completed', statusLabel: '已完成', paidAt: '2026-11-23T03:00:00.000Z', payableTotal: 6900 }), buyer: null },
          ],
          nextCursor: null,
          summary: { date: '2026-11-23', orders: 2, paidOrders: 1, netSales: 6900 },
        }),
    });
    render(<TodayOrdersPage />);
    await waitFor(() => expect(screen.getByTestId('figure-net-sales').textContent).toBe('净销售额¥69.00'));
    expect(screen.getByTestId('figure-paid-orders').textContent).toBe('已支付1');
    const rows = screen.getAllByTestId('today-order');
    expect(rows.map((r) => r.querySelector('[data-testid="today-order-status"]')?.textContent)).toEqual(['待付款', '已完成']);
    // The member by nickname and masked phone, never by their id.
    expect(rows[0]!.textContent).toContain('小栖 139****2222 · 现场带走 · 1 件');
    expect(rows[0]!.textContent).not.toContain('#7');
    expect(rows[1]!.textContent).toContain('散客 · 现场带走 · 1 件');
    fireEvent.click(screen.getByTestId('today-order-pay'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pay/index?orderId=91' }));
  });

  it('says so when there is nothing yet, with the way to the counter', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/orders': () => ok({ items: [], nextCursor: null, summary: { date: '2026-11-23', orders: 0, paidOrders: 0, netSales: 0 } }) });
    render(<TodayOrdersPage />);
    expect((await screen.findByText('今天还没有订单')).textContent).toBe('今天还没有订单');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    fireEvent.click(screen.getByText('去收银台'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/counter/index' });
  });

  it('says 网络异常 when the list cannot be reached, never "no orders", and shows them after 重新加载', async () => {
    signInStaff();
    let online = false;
    routeRequests({ 'GET /staff/orders': () => (online ? ok({ items: [{ ...order(), buyer: null }], nextCursor: null, summary: { date: '2026-11-23', orders: 1, paidOrders: 0, netSales: 0 } }) : offline()) });
    render(<TodayOrdersPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('今天还没有订单')).toBeNull();
    // The card says it; no toast on top.
    expect(Taro.showToast).not.toHaveBeenCalled();

    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findAllByTestId('today-order')).map((row) => row.querySelector('[data-testid="today-order-status"]')?.textContent)).toEqual(['待付款']);
    expect(screen.getByTestId('figure-orders').textContent).toBe('今日订单1');
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('tells a server error from a network one', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/orders': () => failure(500, 'INTERNAL', 'boom') });
    render(<TodayOrdersPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('加载失败，点击重试');
  });
});

const creditedOrder = { orderId: 91, orderNo: '2026112310000091', status: 'completed', channel: 'store:1', paidAt: '2026-11-23T03:00:00.000Z', paid: 15900, refunded: 0, net: 15900 };

/** staff.ja1's month as /staff/commission answers it, with these credited orders. */
function commission(month: string, items: (typeof creditedOrder)[]) {
  const net = items.reduce((sum, item) => sum + item.net, 0);
  return { month, from: '', to: '', rateBasisPoints: 300, staff: { id: 21, username: 'staff.ja1', displayName: '静安 小林', storeId: 1, storeName: '栖行 静安体验店' }, orders: items.length, paid: net, refunded: 0, net, commission: Math.round(net * 0.03), items, nextCursor: null };
}

describe('我的提成', () => {
  it("shows this month's commission and steps back a month", async () => {
    signInStaff();
    const months: (string | null)[] = [];
    routeRequests({
      'GET /staff/commission': (request) => {
        const month = new URL(request.url, 'http://x').searchParams.get('month')!;
        months.push(month);
        const item = { orderId: 91, orderNo: '2026112310000091', status: 'completed', channel: 'store:1', paidAt: '2026-11-23T03:00:00.000Z', paid: 15900, refunded: 0, net: 15900 };
        return ok({ month, from: '', to: '', rateBasisPoints: 300, staff: { id: 21, username: 'staff.ja1', displayName: '静安 小林', storeId: 1, storeName: '栖行 静安体验店' }, orders: 1, paid: 15900, refunded: 0, net: 15900, commission: 477, items: [item], nextCursor: null });
      },
    });
    render(<CommissionPage />);
    await waitFor(() => expect(screen.getByTestId('figure-commission').textContent).toBe('提成（3%）¥4.77'));
    expect(screen.getByTestId('commission-order').textContent).toContain('门店下单');
    const thisMonth = screen.getByTestId('commission-month').textContent!;
    expect(screen.queryByTestId('month-next')).toBeNull();
    fireEvent.click(screen.getByTestId('month-prev'));
    await waitFor(() => expect(months).toHaveLength(2));
    expect(months[0]).toBe(thisMonth);
    expect(months[1]! < thisMonth).toBe(true);
    expect(await screen.findByTestId('month-next')).toBeTruthy();
  });

  it('says 网络异常 for a month that cannot be read, keeps the month switcher, and shows it after 重新加载', async () => {
    signInStaff();
    let online = false;
    routeRequests({ 'GET /staff/commission': (request) => (online ? ok(commission(new URL(request.url, 'http://x').searchParams.get('month')!, [creditedOrder])) : offline()) });
    render(<CommissionPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('这个月还没有计入提成的订单')).toBeNull();
    expect(screen.queryByTestId('figure-commission')).toBeNull();
    expect(screen.getByTestId('month-prev')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();

    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    await waitFor(() => expect(screen.getByTestId('figure-commission').textContent).toBe('提成（3%）¥4.77'));
    expect(screen.getAllByTestId('commission-order')).toHaveLength(1);
  });

  it('says when a month has nothing credited: the counter for this month, back to this month for an earlier one', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/commission': (request) => ok(commission(new URL(request.url, 'http://x').searchParams.get('month')!, [])) });
    render(<CommissionPage />);
    const thisMonth = screen.getByTestId('commission-month').textContent!;
    expect((await screen.findByTestId('empty-state')).textContent).toContain('这个月还没有计入提成的订单');
    expect(screen.getByTestId('empty-state').textContent).toContain('去收银台');
    fireEvent.click(screen.getByTestId('month-prev'));
    await waitFor(() => expect(screen.getByTestId('empty-state').textContent).toContain('查看本月'));
    fireEvent.click(screen.getByText('查看本月'));
    await waitFor(() => expect(screen.getByTestId('commission-month').textContent).toBe(thisMonth));
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });
});
