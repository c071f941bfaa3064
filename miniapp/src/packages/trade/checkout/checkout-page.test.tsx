import type { OrderPreviewView, OrderRequest } from '@shop/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addressView, failure, ok, pricingCoupon, productDetail, signInMember, skuView, storeView } from '../../../../test/fixtures';
import Taro, { routeRequests, setRouterParams, type MockRequest } from '../../../../test/mocks/taro';
import CheckoutPage from './index';

const address = addressView(7);
const welcome = pricingCoupon(11, { name: '新人券 满99减20' });

function previewFor(body: OrderRequest): OrderPreviewView {
  const couponOn = body.coupons?.mode !== 'none';
  const discount = couponOn ? 2000 : 0;
  return {
    lines: [{ itemId: 0, skuId: 4, productId: 2, title: '重磅纯棉圆领T恤', specText: '颜色:本白', image: null, qty: 1, listPrice: 15900, unitPrice: 15900, discounts: [], payable: 15900 - discount, available: 10, problem: null }],
    fulfillment: { type: 'delivery', address, store: null, eta: '仓库发货，预计 1-3 天送达' },
    itemsTotal: 15900,
    discounts: couponOn ? [{ source: 'coupon', label: '优惠券（新人券 满99减20）', amount: 2000, couponId: 11 }] : [],
    discountTotal: discount,
    shippingFee: 0,
    shippingDiscount: 0,
    payableTotal: 15900 - discount,
    appliedCoupons: couponOn ? [11] : [],
    couponReport: [{ couponId: 11, applicable: true, selected: couponOn, discount: 2000 }],
    coupons: [welcome],
    rejectedChosen: [],
    pointsBalance: 0,
    pointsUsable: 0,
    pointsUsed: 0,
    pointsDeduction: 0,
    tier: null,
    freeShippingThreshold: 9900,
    canSubmit: true,
  } as OrderPreviewView;
}

const payDeadline = new Date(Date.now() + 30 * 60_000).toISOString();

function setup(options: { failFirstCreate?: boolean; orderStatus?: () => string; couponLocked?: () => boolean } = {}) {
  signInMember();
  setRouterParams({ skuId: '4', qty: '1', productId: '2' });
  const creates: MockRequest[] = [];
  let failNextCreate = options.failFirstCreate ?? true;
  routeRequests({
    'GET /orders/9': () => ok({ id: 9, status: options.orderStatus?.() ?? 'pending_payment', payableTotal: 13900, payDeadline }),
    'GET /addresses': () => ok({ items: [address] }),
    // Once the first order holds the coupon, the same body previews without it (a higher price).
    'POST /orders/preview': (request) => ok(previewFor(options.couponLocked?.() ? { ...(request.data as OrderRequest), coupons: { mode: 'none' } } : (request.data as OrderRequest))),
    'POST /orders': (request) => {
      creates.push(request);
      if (failNextCreate) {
        failNextCreate = false;
        return failure(503, 'SERVICE_UNAVAILABLE', '服务繁忙，请稍后再试');
      }
      return ok({ id: 9, status: 'pending_payment', payableTotal: 13900, payDeadline }, 201);
    },
    'POST /orders/9/pay': () => ({ statusCode: 200, data: { method: 'jsapi', outTradeNo: 'T9J', params: { appId: 'wx', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' } } }),
  });
  return creates;
}

describe('checkout page', () => {
  it('prices the default address with the best coupon, exactly as the server previews it', async () => {
    setup();
    render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    expect(screen.getByTestId('coupon-summary').textContent).toContain('已选 1 张，省¥20.00');
    expect(screen.getByTestId('price-breakdown').textContent).toContain('优惠券（新人券 满99减20）-¥20.00');
    expect(screen.getByTestId('delivery-eta').textContent).toContain('预计 1-3 天送达');
    const preview = Taro.request.mock.calls.find(([r]) => r.url.endsWith('/orders/preview'))![0];
    expect(preview.data).toMatchObject({ lines: [{ skuId: 4, qty: 1 }], fulfillment: { type: 'delivery', addressId: 7 }, coupons: { mode: 'best' } });

    // 不使用优惠券 re-asks the server and shows its new price.
    fireEvent.click(screen.getByTestId('checkout-coupons'));
    fireEvent.click(screen.getByTestId('coupon-none'));
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥159.00'));
  });

  it('retries a failed submit with the same Idempotency-Key, so the server makes one order', async () => {
    const creates = setup();
    render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(1));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务繁忙，请稍后再试' }));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(2));
    const [first, second] = creates.map((r) => r.header?.['Idempotency-Key']);
    expect(first).toMatch(/^order-/);
    expect(second).toBe(first);
    expect(creates[1]!.data).toEqual(creates[0]!.data);
    await waitFor(() => expect(Taro.requestPayment).toHaveBeenCalled());
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/pay-result/index?orderId=9' }));
  });

  it('after placing the order, going back shows that unpaid order instead of a second submit', async () => {
    let placed = false;
    const creates = setup({ failFirstCreate: false, couponLocked: () => placed });
    Taro.requestPayment.mockRejectedValueOnce(new Error('requestPayment:fail cancel'));
    render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    const submit = screen.getByTestId('submit-order');
    await act(async () => {
      fireEvent.click(submit);
      fireEvent.click(submit);
    });
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/order/index?id=9' }));
    placed = true;
    expect(creates).toHaveLength(1);
    // The page left on the stack (weapp back, H5 back-forward cache) no longer submits.
    expect(screen.getByTestId('unpaid-order').textContent).toContain('你有一笔待支付订单');
    expect(screen.queryByTestId('submit-order')).toBeNull();
  });

  it('leads a reload or a reopened checkout to the unpaid order: 去支付 pays it, 查看订单 opens it', async () => {
    let placed = false;
    const creates = setup({ failFirstCreate: false, couponLocked: () => placed });
    Taro.requestPayment.mockRejectedValueOnce(new Error('requestPayment:fail cancel'));
    const first = render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(1));
    placed = true;
    first.unmount();

    // A new page instance with the same parameters (refresh, back from the H5 cashier): storage remembers.
    render(<CheckoutPage />);
    expect((await screen.findByTestId('unpaid-order')).textContent).toContain('你有一笔待支付订单');
    await waitFor(() => expect(screen.getByTestId('unpaid-order-text').textContent).toContain('应付 ¥139.00'));
    expect(screen.queryByTestId('submit-order')).toBeNull();
    await act(async () => void fireEvent.click(screen.getByTestId('unpaid-view')));
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/trade/order/index?id=9' });
    await act(async () => void fireEvent.click(screen.getByTestId('unpaid-pay')));
    await waitFor(() => expect(Taro.request.mock.calls.some(([r]) => r.url.endsWith('/orders/9/pay'))).toBe(true));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/trade/pay-result/index?orderId=9' }));
    expect(creates).toHaveLength(1);
  });

  it('sends the same Idempotency-Key after a reload when the answer to the first submit was lost', async () => {
    const creates = setup();
    const first = render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(1));
    first.unmount();

    render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(2));
    expect(creates[1]!.header?.['Idempotency-Key']).toBe(creates[0]!.header?.['Idempotency-Key']);
  });

  it('forgets an order once it is paid: the same checkout can buy again, with a new key', async () => {
    let status = 'pending_payment';
    const creates = setup({ failFirstCreate: false, orderStatus: () => status });
    const first = render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/pay-result/index?orderId=9' }));
    first.unmount();
    status = 'paid';

    render(<CheckoutPage />);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    await waitFor(() => expect(Taro.request.mock.calls.some(([r]) => r.url.endsWith('/orders/9'))).toBe(true));
    expect(screen.queryByTestId('unpaid-order')).toBeNull();
    await act(async () => void fireEvent.click(screen.getByTestId('submit-order')));
    await waitFor(() => expect(creates).toHaveLength(2));
    expect(creates[1]!.header?.['Idempotency-Key']).not.toBe(creates[0]!.header?.['Idempotency-Key']);
  });
});

describe('checkout states', () => {
  const offline = () => {
    throw new Error('request:fail');
  };

  it('says 网络异常 with 重新加载 when the addresses cannot be loaded, instead of a skeleton for ever', async () => {
    signInMember();
    setRouterParams({ skuId: '4', qty: '1', productId: '2' });
    let down = true;
    routeRequests({
      'GET /addresses': () => (down ? offline() : ok({ items: [address] })),
      'POST /orders/preview': (request) => ok(previewFor(request.data as OrderRequest)),
    });
    render(<CheckoutPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
  });

  it('tells a preview that got no answer (retry) from one the server refused (its reason)', async () => {
    signInMember();
    setRouterParams({ skuId: '4', qty: '1', productId: '2' });
    let answer: 'offline' | 'refused' | 'ok' = 'offline';
    routeRequests({
      'GET /addresses': () => ok({ items: [address] }),
      'POST /orders/preview': (request) => (answer === 'offline' ? offline() : answer === 'refused' ? failure(409, 'OUT_OF_STOCK', '库存不足') : ok(previewFor(request.data as OrderRequest))),
    });
    render(<CheckoutPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('checkout-error')).toBeNull();

    answer = 'refused';
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect((await screen.findByTestId('checkout-error')).textContent).toContain('库存不足');
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('offers a small retry when the pickup stores cannot be loaded', async () => {
    signInMember();
    setRouterParams({ skuId: '4', qty: '1', productId: '2' });
    let down = true;
    routeRequests({
      'GET /addresses': () => ok({ items: [address] }),
      'POST /orders/preview': (request) => ok(previewFor(request.data as OrderRequest)),
      'GET /stores': () => (down ? offline() : ok([storeView(1)])),
      'GET /products/2': () => ok(productDetail({ skus: [skuView(4, {}, 5, { 1: 3 })] })),
    });
    render(<CheckoutPage />);
    await screen.findByTestId('checkout-total');
    fireEvent.click(screen.getByTestId('fulfillment-pickup'));
    const retry = await screen.findByTestId('pickup-stores-failed');
    expect(screen.queryByText('暂无可自提的门店')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    down = false;
    await act(async () => void fireEvent.click(retry));
    expect(await screen.findByTestId('store-1')).toBeTruthy();
  });
});
