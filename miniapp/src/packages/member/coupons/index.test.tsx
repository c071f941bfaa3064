import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { PAGES } from '../../../lib/routes';
import { myCoupon, ok, failure, queryOf } from '../testing/fixtures';
import MyCouponsPage from './index';

describe('我的优惠券', () => {
  it('lists usable coupons first and switches tabs by status', async () => {
    const statuses: (string | null)[] = [];
    routeRequests({
      'GET /coupons/mine': (request) => {
        const status = queryOf(request.url, 'status');
        statuses.push(status);
        return ok({ items: status === 'used' ? [myCoupon({ id: 21, status: 'used', name: '用过的券' })] : [myCoupon({ id: 11 })], nextCursor: null });
      },
    });
    render(<MyCouponsPage />);
    expect(await screen.findByTestId('my-coupon-11')).toBeTruthy();

    fireEvent.click(screen.getByTestId('coupon-tabs-used'));
    expect((await screen.findByTestId('my-coupon-21')).textContent).toContain('已使用');
    expect(screen.queryByTestId('use-21')).toBeNull();
    expect(statuses).toEqual(['usable', 'used']);
  });

  it('opens the tab a link asks for', async () => {
    setRouterParams({ tab: 'expired' });
    let status: string | null = null;
    routeRequests({ 'GET /coupons/mine': (request) => ((status = queryOf(request.url, 'status')), ok({ items: [], nextCursor: null })) });
    render(<MyCouponsPage />);
    expect(await screen.findByText('没有过期的优惠券')).toBeTruthy();
    expect(status).toBe('expired');
  });

  it('sends 去使用 to the product a coupon is for', async () => {
    routeRequests({ 'GET /coupons/mine': () => ok({ items: [myCoupon({ id: 12, scope: { kind: 'products', ids: [4] } })], nextCursor: null }) });
    render(<MyCouponsPage />);
    fireEvent.click(await screen.findByTestId('use-12'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${PAGES.product}?id=4` });
  });

  it('redeems a code as the server reads it and shows the new coupon', async () => {
    const redeemed: unknown[] = [];
    let owned = [myCoupon({ id: 11 })];
    routeRequests({
      'GET /coupons/mine': () => ok({ items: owned, nextCursor: null }),
      'POST /coupons/redeem': (request) => {
        redeemed.push(request.data);
        owned = [myCoupon({ id: 30, name: '兑换券' }), ...owned];
        return ok(owned[0], 201);
      },
    });
    render(<MyCouponsPage />);
    await screen.findByTestId('my-coupon-11');
    fireEvent.change(screen.getByTestId('redeem-input'), { target: { value: ' gift2026 ' } });
    fireEvent.click(screen.getByTestId('redeem-submit'));

    expect(await screen.findByText('兑换券')).toBeTruthy();
    expect(redeemed).toEqual([{ code: 'GIFT2026' }]);
  });

  it('shows the server’s reason when a code does not work', async () => {
    routeRequests({
      'GET /coupons/mine': () => ok({ items: [], nextCursor: null }),
      'POST /coupons/redeem': () => failure(404, 'COUPON_CODE_INVALID', '兑换码不存在'),
    });
    render(<MyCouponsPage />);
    fireEvent.change(screen.getByTestId('redeem-input'), { target: { value: 'NOPE1' } });
    fireEvent.click(screen.getByTestId('redeem-submit'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '兑换码不存在' })));
  });

  it('says 网络异常 with 重新加载 when the first page fails, not 暂无可用优惠券', async () => {
    let down = true;
    routeRequests({
      'GET /coupons/mine': () => {
        if (down) throw new Error('request:fail');
        return ok({ items: [myCoupon({ id: 11 })], nextCursor: null });
      },
    });
    render(<MyCouponsPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('暂无可用优惠券')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByTestId('my-coupon-11')).toBeTruthy();
  });
});

