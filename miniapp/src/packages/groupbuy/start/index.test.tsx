import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setCurrentPage, setRouterParams, type MockRequest } from '../../../../test/mocks/taro';
import { address, failure, group, jsapiPay, offer, ok, order, pricingContext, product, signIn } from '../testing/fixtures';
import StartGroupPage from './index';

describe('发起拼团 page', () => {
  it('shows the leader price, starts the group once for a double tap, pays and opens the group', async () => {
    signIn();
    setRouterParams({ campaignId: '9', productId: '2' });
    const starts: MockRequest[] = [];
    routeRequests({
      'GET /products/2': () => ok(product()),
      'GET /products/2/groupbuy': () => ok({ offers: [offer({ leaderDiscount: 500, skus: [{ skuId: 4, groupPrice: 9900, available: 8 }] })], openGroups: [] }),
      'GET /addresses': () => ok({ items: [address()] }),
      'GET /pricing/context': () => ok(pricingContext),
      'POST /groupbuy/groups': (request) => {
        starts.push(request);
        return ok({ order: order({ id: 80, status: 'pending_payment', payableTotal: 10400 }), group: group({ id: 44, status: 'pending', expiresAt: null }) }, 201);
      },
      'POST /orders/80/pay': () => jsapiPay(80),
    });
    render(<StartGroupPage />);
    expect((await screen.findByTestId('gb-unit-price')).textContent).toBe('团长价¥94.00');
    expect(screen.getByTestId('gb-leader-note').textContent).toBe('拼团价 ¥99.00，团长再减 ¥5.00');
    // The only SKU is chosen for the buyer; ¥94.00 is below ¥99.00 free delivery: ¥10.00 shipping.
    await waitFor(() => expect(screen.getByTestId('gb-total').textContent).toBe('¥104.00'));
    expect(screen.getByTestId('gb-sku-4').textContent).toBe('本白¥94.00');

    const submit = screen.getByTestId('gb-submit');
    await act(async () => {
      fireEvent.click(submit);
      fireEvent.click(submit);
    });
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=44&orderId=80' }));
    expect(starts).toHaveLength(1);
    expect(starts[0]!.data).toEqual({ skuId: 4, qty: 1, fulfillment: { type: 'delivery', addressId: 3 }, campaignId: 9 });
  });

  it('asks a visitor to log in first, coming back with the campaign and product', () => {
    setRouterParams({ campaignId: '9', productId: '2' });
    setCurrentPage('/packages/groupbuy/start/index', undefined, { path: '/packages/groupbuy/start/index?stamp=2', $taroParams: { campaignId: '9', productId: '2', stamp: '2' } });
    routeRequests({});
    render(<StartGroupPage />);
    // The login page takes this page's place, so after logging in 发起拼团 is in the stack once.
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/groupbuy/start/index?campaignId=9&productId=2')}` });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('says when the campaign is over and leads back to the product', async () => {
    signIn();
    setRouterParams({ campaignId: '9', productId: '2' });
    routeRequests({ 'GET /products/2': () => ok(product()), 'GET /products/2/groupbuy': () => ok({ offers: [], openGroups: [] }) });
    render(<StartGroupPage />);
    fireEvent.click((await screen.findByTestId('start-closed')).querySelector('button')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/shop/product/index?id=2' });
  });

  it('says 商品不存在 for a product the server does not have, and 网络异常 with a retry when offline', async () => {
    signIn();
    setRouterParams({ campaignId: '9', productId: '2' });
    routeRequests({ 'GET /products/2': () => failure(404, 'NOT_FOUND', '商品不存在或已下架'), 'GET /products/2/groupbuy': () => failure(404, 'NOT_FOUND', '商品不存在或已下架') });
    const { unmount } = render(<StartGroupPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('商品不存在或已下架');
    unmount();

    let down = true;
    routeRequests({
      'GET /products/2': () => {
        if (down) throw new Error('request:fail');
        return ok(product());
      },
      'GET /products/2/groupbuy': () => ok({ offers: [], openGroups: [] }),
    });
    render(<StartGroupPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect(await screen.findByTestId('start-closed')).toBeTruthy();
  });
});

