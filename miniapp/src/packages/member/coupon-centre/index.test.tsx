import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests } from '../../../../test/mocks/taro';
import { PAGES } from '../../../lib/routes';
import { claimable, failure, ok, myCoupon } from '../testing/fixtures';
import CouponCentrePage from './index';

describe('领券中心', () => {
  it('shows each template with its rule and turns 立即领取 into 去使用 once claimed', async () => {
    const claims: unknown[] = [];
    routeRequests({
      'GET /coupons/claimable': () => ok({ items: [claimable({ templateId: 5, scope: { kind: 'categories', ids: [3] } })], nextCursor: null }),
      'POST /coupons/claim': (request) => (claims.push(request.data), ok(myCoupon({ templateId: 5 }), 201)),
    });
    render(<CouponCentrePage />);

    expect(await screen.findByTestId('claimable-5-rule')).toHaveProperty('textContent', '满¥199减¥30');
    expect(screen.getByText('领取后30天内有效')).toBeTruthy();
    fireEvent.click(screen.getByTestId('claim-5'));

    await waitFor(() => expect(screen.getByTestId('claim-5').textContent).toBe('去使用'));
    expect(claims).toEqual([{ templateId: 5 }]);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '领取成功' }));

    fireEvent.click(screen.getByTestId('claim-5'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${PAGES.search}?category=3` });
  });

  it('names the categories a category-scoped coupon is for, from the catalog', async () => {
    routeRequests({
      'GET /coupons/claimable': () => ok({ items: [claimable({ templateId: 7, scope: { kind: 'categories', ids: [1, 3] } }), claimable({ templateId: 8 })], nextCursor: null }),
      'GET /categories': () => ok([{ id: 1, name: '上衣' }, { id: 2, name: '裤装' }, { id: 3, name: '配饰' }]),
    });
    render(<CouponCentrePage />);
    expect(await screen.findByText('限 上衣、配饰 可用')).toBeTruthy();
    expect(screen.queryByText('限指定分类商品')).toBeNull();
    expect(screen.getByTestId('claimable-8').textContent).toContain('全场通用');
  });

  it('marks a ticket 已抢光 and shows the server’s message when the last one went to someone else', async () => {
    routeRequests({
      'GET /coupons/claimable': () => ok({ items: [claimable({ templateId: 6 })], nextCursor: null }),
      'POST /coupons/claim': () => failure(409, 'COUPON_SOLD_OUT', '优惠券已抢光'),
    });
    render(<CouponCentrePage />);
    fireEvent.click(await screen.findByTestId('claim-6'));

    await waitFor(() => expect(screen.getByTestId('claim-6').textContent).toBe('已抢光'));
    expect((screen.getByTestId('claim-6') as HTMLButtonElement).disabled).toBe(true);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '优惠券已抢光' }));
  });

  it('claims once however fast the button is tapped', async () => {
    let claimsSeen = 0;
    routeRequests({
      'GET /coupons/claimable': () => ok({ items: [claimable({ templateId: 8, remainingForMe: 3 })], nextCursor: null }),
      'POST /coupons/claim': () => (claimsSeen++, ok(myCoupon(), 201)),
    });
    render(<CouponCentrePage />);
    const button = await screen.findByTestId('claim-8');
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('claim-8').textContent).toBe('再领一张'));
    expect(claimsSeen).toBe(1);
  });

  it('reads on past pages the server filtered empty, then offers a way forward when nothing is left', async () => {
    const cursors: (string | null)[] = [];
    routeRequests({
      'GET /coupons/claimable': (request) => {
        const cursor = new URL(request.url, 'http://app.test').searchParams.get('cursor');
        cursors.push(cursor);
        return ok(cursor ? { items: [], nextCursor: null } : { items: [], nextCursor: 'page-2' });
      },
    });
    render(<CouponCentrePage />);
    expect(await screen.findByText('暂时没有可领的券')).toBeTruthy();
    expect(cursors).toEqual([null, 'page-2']);
    fireEvent.click(screen.getByText('去逛逛'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: PAGES.home });
  });
});
