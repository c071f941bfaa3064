import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import type { OrderPreviewView, StaffOrderRequest } from '@shop/shared';
import { addressView, pricingCoupon } from '../../../../test/fixtures';
import { counterCustomer, failure, member, offline, ok, order, preview, productSummary, store, teeDetail, signInStaff } from '../testing/fixtures';
import { INITIAL_COUNTER, counterDraft, keepCounterDraft } from '../lib/counter';
import CounterPage from './index';

function serveCounter(overrides: Parameters<typeof routeRequests>[0] = {}) {
  const sent: { previews: unknown[]; orders: MockRequest[] } = { previews: [], orders: [] };
  routeRequests({
    'GET /products': () => ok({ items: [productSummary()], nextCursor: null }),
    'GET /products/2': () => ok(teeDetail()),
    'POST /staff/members/identify': () => ok(counterCustomer(member({ nickname: '小栖', pointsBalance: 320 }))),
    'POST /staff/orders/preview': (request) => {
      sent.previews.push(request.data);
      return ok(preview());
    },
    'POST /staff/orders': (request) => {
      sent.orders.push(request);
      return ok(order(), 201);
    },
    ...overrides,
  });
  return sent;
}

async function identifyByDigits(digits: string) {
  fireEvent.change(await screen.findByTestId('customer-input'), { target: { value: digits } });
  fireEvent.click(screen.getByTestId('customer-submit'));
}

async function addFirstSku() {
  fireEvent.click(within(await screen.findByTestId('product-row')).getByText('重磅纯棉圆领T恤'));
  const rows = await screen.findAllByTestId('sku-row');
  expect(within(rows[0]!).getByTestId('sku-store-stock').textContent).toBe('本店 24 件');
  expect(within(rows[0]!).getByTestId('sku-warehouse-stock').textContent).toBe('仓库 460 件');
  fireEvent.click(within(rows[0]!).getByTestId('sku-add'));
}

describe('收银台', () => {
  beforeEach(() => keepCounterDraft(INITIAL_COUNTER));

  it('gives way to the staff login without a session, before any staff call', async () => {
    render(<CounterPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/login/index' }));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('identifies a member by the digits, prices the order on the server and submits it once with a key', async () => {
    signInStaff();
    const sent = serveCounter();
    render(<CounterPage />);
    expect((await screen.findByTestId('staff-store')).textContent).toBe('栖行 静安体验店');

    await identifyByDigits('8372 1945 0631');
    expect((await screen.findByTestId('customer-name')).textContent).toBe('小栖');
    expect(screen.getByTestId('customer-tier').textContent).toBe('银卡');
    expect(screen.getByTestId('customer-points').textContent).toBe('积分 320');
    const identify = Taro.request.mock.calls.find(([r]) => r.url.endsWith('/staff/members/identify'))![0];
    expect(identify.data).toEqual({ code: '837219450631' });

    await addFirstSku();
    expect(await screen.findAllByTestId('cart-line')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥159.00'));
    expect(sent.previews.at(-1)).toEqual({ lines: [{ skuId: 201, qty: 1 }], fulfillment: { type: 'carry_out' } });
    // The member's benefits travel with the counter session their code opened, never with a member id.
    const previewCall = Taro.request.mock.calls.filter(([r]) => r.url.endsWith('/staff/orders/preview')).at(-1)![0];
    expect(previewCall.header?.['x-counter-token']).toBe('counter-session-7');
    expect(screen.getByTestId('checkout-fulfillment').textContent).toBe('栖行 静安体验店 · 现场带走');

    fireEvent.click(screen.getByTestId('submit-order'));
    fireEvent.click(screen.getByTestId('submit-order'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pay/index?orderId=91' }));
    expect(sent.orders).toHaveLength(1);
    expect(sent.orders[0]!.header?.['Idempotency-Key']).toMatch(/^staff-/);
    expect(sent.orders[0]!.header?.['x-counter-token']).toBe('counter-session-7');
    expect(sent.orders[0]!.data).toEqual(sent.previews.at(-1));
    expect(counterDraft()).toEqual(INITIAL_COUNTER);
  });

  it('keeps the order being built while staff visit another desk', async () => {
    signInStaff();
    serveCounter();
    const first = render(<CounterPage />);
    fireEvent.click(await screen.findByTestId('customer-guest'));
    await addFirstSku();
    await screen.findByTestId('cart-line');
    first.unmount();
    render(<CounterPage />);
    expect((await screen.findByTestId('customer-name')).textContent).toBe('散客');
    expect(screen.getAllByTestId('cart-line')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('staff-sign-out'));
    expect(counterDraft()).toEqual(INITIAL_COUNTER);
  });

  it("shows why a member code was refused and sells to a guest at list prices instead", async () => {
    signInStaff();
    const sent = serveCounter({ 'POST /staff/members/identify': () => failure(401, 'MEMBER_CODE_EXPIRED', '会员码已过期，请让顾客刷新') });
    render(<CounterPage />);
    await identifyByDigits('837219450631');
    expect((await screen.findByTestId('customer-error')).textContent).toBe('会员码已过期，请让顾客刷新');
    expect(Taro.redirectTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('customer-guest'));
    expect((await screen.findByTestId('customer-name')).textContent).toBe('散客');
    await addFirstSku();
    await waitFor(() => expect(sent.previews).toHaveLength(1));
    const previewCall = Taro.request.mock.calls.filter(([r]) => r.url.endsWith('/staff/orders/preview')).at(-1)![0];
    expect(previewCall.header?.['x-counter-token']).toBeUndefined();
  });

  it('asks for the delivery address before pricing a delivery, then sends it', async () => {
    signInStaff();
    const sent = serveCounter();
    render(<CounterPage />);
    fireEvent.click(await screen.findByTestId('customer-guest'));
    await addFirstSku();
    await waitFor(() => expect(sent.previews).toHaveLength(1));
    fireEvent.click(screen.getByTestId('fulfillment-delivery'));
    expect((await screen.findByTestId('checkout-notice')).textContent).toBe('请填写正确的收货人');
    expect(screen.getByTestId('submit-order').getAttribute('aria-disabled')).toBe('true');
    const typed = { recipientName: '王先生', phone: '13812345678', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 1 号' };
    for (const [field, value] of Object.entries(typed)) fireEvent.change(screen.getByTestId(`address-${field}`), { target: { value } });
    await waitFor(() => expect(sent.previews.at(-1)).toMatchObject({ fulfillment: { type: 'delivery', address: { ...typed, latitude: null, longitude: null } } }));
  });

  it("flags a line the server cannot sell and keeps submit off", async () => {
    signInStaff();
    serveCounter({ 'POST /staff/orders/preview': () => ok(preview({ canSubmit: false, lines: [{ ...preview().lines[0]!, problem: 'insufficient_stock', available: 0 }] })) });
    render(<CounterPage />);
    fireEvent.click(await screen.findByTestId('customer-guest'));
    await addFirstSku();
    expect(await screen.findByText('库存不足，可售 0 件')).toBeTruthy();
    expect(screen.getByTestId('checkout-notice').textContent).toBe('部分商品库存不足，请调整数量或取货方式');
    expect(screen.getByTestId('submit-order').getAttribute('aria-disabled')).toBe('true');
  });

  it('registers a phone nobody has as a new member on the spot, confirms the texted code and sells to them', async () => {
    signInStaff();
    const registered: unknown[] = [];
    const confirmed: unknown[] = [];
    const sent = serveCounter({
      'POST /staff/members/phone-challenge': () => failure(404, 'NOT_FOUND', '没有绑定这个手机号的会员'),
      'POST /staff/members/register': (request) => {
        registered.push(request.data);
        return ok({ existed: false, challenge: { challengeId: 5, phone: '138****5678', expiresAt: '2030-01-01T00:00:00Z' } }, 201);
      },
      'POST /staff/members/phone-confirm': (request) => {
        confirmed.push(request.data);
        return (request.data as { code: string }).code === '246810'
          ? ok(counterCustomer(member({ id: 31, nickname: '王女士', phone: '138****5678', tier: null, pointsBalance: 0 })))
          : failure(400, 'COUNTER_CODE_INVALID', '验证码不正确，请核对短信');
      },
    });
    render(<CounterPage />);
    await identifyByDigits('138 1234 5678');
    expect((await screen.findByTestId('customer-error')).textContent).toBe('没有找到这个手机号的会员');
    expect(screen.getByTestId('register-panel').textContent).toContain('13812345678');
    fireEvent.change(screen.getByTestId('register-nickname'), { target: { value: ' 王女士 ' } });
    fireEvent.click(screen.getByTestId('register-member'));
    expect((await screen.findByTestId('phone-code-sent')).textContent).toContain('138****5678');
    expect(registered).toEqual([{ phone: '13812345678', nickname: '王女士' }]);
    fireEvent.change(screen.getByTestId('phone-code-input'), { target: { value: '111111' } });
    fireEvent.click(screen.getByTestId('phone-code-submit'));
    expect((await screen.findByTestId('phone-code-error')).textContent).toBe('验证码不正确，请核对短信');
    fireEvent.change(screen.getByTestId('phone-code-input'), { target: { value: '246 810' } });
    fireEvent.click(screen.getByTestId('phone-code-submit'));
    expect((await screen.findByTestId('customer-name')).textContent).toBe('王女士');
    expect(confirmed.at(-1)).toEqual({ challengeId: 5, code: '246810' });
    expect(screen.queryByTestId('register-panel')).toBeNull();
    await addFirstSku();
    await waitFor(() => expect(sent.previews).toHaveLength(1));
    expect(Taro.request.mock.calls.filter(([r]) => r.url.endsWith('/staff/orders/preview')).at(-1)![0].header?.['x-counter-token']).toBe('counter-session-31');
  });

  it("texts a code to a member's phone and opens their benefits only once it is confirmed", async () => {
    signInStaff();
    serveCounter({
      'POST /staff/members/phone-challenge': () => ok({ challengeId: 9, phone: '139****2222', expiresAt: '2030-01-01T00:00:00Z' }, 201),
      'POST /staff/members/phone-confirm': () => ok(counterCustomer(member({ nickname: '小栖', pointsBalance: 320 }))),
    });
    render(<CounterPage />);
    await identifyByDigits('13912342222');
    expect((await screen.findByTestId('phone-code-sent')).textContent).toBe('验证码已发送至 139****2222，请顾客读出短信中的 6 位数字');
    expect(screen.queryByTestId('customer-card')).toBeNull();
    fireEvent.change(screen.getByTestId('phone-code-input'), { target: { value: '12345' } });
    fireEvent.click(screen.getByTestId('phone-code-submit'));
    expect((await screen.findByTestId('phone-code-error')).textContent).toBe('请输入短信中的 6 位验证码');
    fireEvent.change(screen.getByTestId('phone-code-input'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('phone-code-submit'));
    expect((await screen.findByTestId('customer-points')).textContent).toBe('积分 320');
  });

  it('offers no registration when a member code, not a phone, is unknown', async () => {
    signInStaff();
    serveCounter({ 'POST /staff/members/identify': () => failure(404, 'NOT_FOUND', '会员不存在') });
    render(<CounterPage />);
    await identifyByDigits('837219450631');
    expect((await screen.findByTestId('customer-error')).textContent).toBe('会员不存在');
    expect(screen.queryByTestId('register-panel')).toBeNull();
  });

  it("delivers to the member's default saved address, another saved one, or one typed on the tablet", async () => {
    signInStaff();
    const sent = serveCounter({
      'GET /staff/counter/addresses': (request) =>
        request.header?.['x-counter-token'] === 'counter-session-7' ? ok({ items: [addressView(12, { recipientName: '小栖', isDefault: true }), addressView(13, { isDefault: false, detail: '南京西路 2 号' })] }) : failure(403, 'COUNTER_VERIFICATION_REQUIRED', '请先验证会员身份'),
    });
    render(<CounterPage />);
    await identifyByDigits('837219450631');
    await screen.findByTestId('customer-name');
    await addFirstSku();
    fireEvent.click(screen.getByTestId('fulfillment-delivery'));
    await waitFor(() => expect(sent.previews.at(-1)).toMatchObject({ fulfillment: { type: 'delivery', addressId: 12 } }));
    expect(screen.getByTestId('saved-address-12').className).toContain('staff-choice--on');
    expect(screen.getByTestId('saved-address-13').textContent).toContain('南京西路 2 号');
    expect(screen.queryByTestId('delivery-address')).toBeNull();

    fireEvent.click(screen.getByTestId('saved-address-13'));
    await waitFor(() => expect(sent.previews.at(-1)).toMatchObject({ fulfillment: { type: 'delivery', addressId: 13 } }));

    fireEvent.click(screen.getByTestId('address-manual'));
    // The member's name is prefilled; their phone (not on file) is the first thing missing.
    expect((await screen.findByTestId('checkout-notice')).textContent).toBe('请输入 11 位手机号');
    const typed = { recipientName: '王先生', phone: '13812345678', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 9 号' };
    for (const [field, value] of Object.entries(typed)) fireEvent.change(screen.getByTestId(`address-${field}`), { target: { value } });
    await waitFor(() => expect(sent.previews.at(-1)).toMatchObject({ fulfillment: { type: 'delivery', address: typed } }));
  });

  it('asks a member without saved addresses for a typed one', async () => {
    signInStaff();
    const sent = serveCounter({ 'GET /staff/counter/addresses': () => ok({ items: [] }) });
    render(<CounterPage />);
    await identifyByDigits('837219450631');
    await screen.findByTestId('customer-name');
    await addFirstSku();
    fireEvent.click(screen.getByTestId('fulfillment-delivery'));
    expect((await screen.findByTestId('fulfillment-panel')).textContent).toContain('会员还没有保存收货地址');
    expect(await screen.findByTestId('delivery-address')).toBeTruthy();
    expect(screen.getByTestId('checkout-notice').textContent).toBe('请输入 11 位手机号');
    expect(sent.previews.every((p) => (p as { fulfillment: { type: string } }).fulfillment.type !== 'delivery')).toBe(true);
  });

  it("lets staff choose the member's coupons in the shopper's picker: none, then the coupon back, and submits that choice", async () => {
    signInStaff();
    const welcome = pricingCoupon(11, { name: '新人券 满99减20' });
    /** The server's price for a body: the welcome coupon unless the choice leaves it out. */
    const pricedFor = (body: Partial<StaffOrderRequest>): OrderPreviewView => {
      const on = body.coupons?.mode !== 'none' && (body.coupons?.mode !== 'chosen' || body.coupons.ids.includes(11));
      return preview({
        discounts: on ? [{ source: 'coupon', label: '优惠券（新人券 满99减20）', amount: 2000, couponId: 11 }] : [],
        discountTotal: on ? 2000 : 0,
        payableTotal: on ? 13900 : 15900,
        appliedCoupons: on ? [11] : [],
        couponReport: [{ couponId: 11, applicable: true, selected: on, discount: 2000 }],
        coupons: [welcome],
      });
    };
    const sent = serveCounter({
      'POST /staff/orders/preview': (request) => {
        sent.previews.push(request.data);
        return ok(pricedFor(request.data as Partial<StaffOrderRequest>));
      },
    });
    render(<CounterPage />);
    await identifyByDigits('837219450631');
    await screen.findByTestId('customer-name');
    await addFirstSku();
    // The server's best coupon applies at first.
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    expect(screen.getByTestId('coupon-summary').textContent).toContain('已选 1 张，省¥20.00');
    expect(sent.previews.at(-1)).not.toHaveProperty('coupons');

    // 不使用优惠券: the server prices it again, without the coupon.
    fireEvent.click(screen.getByTestId('checkout-coupons'));
    expect(within(screen.getByTestId('coupon-sheet')).getByTestId('coupon-11').textContent).toContain('新人券 满99减20');
    fireEvent.click(screen.getByTestId('coupon-none'));
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥159.00'));
    expect(screen.queryByTestId('coupon-sheet')).toBeNull();
    expect(sent.previews.at(-1)).toMatchObject({ coupons: { mode: 'none' } });
    expect(screen.getByTestId('coupon-summary').textContent).toContain('1 张可用');

    // The coupon back, tapped in the picker.
    fireEvent.click(screen.getByTestId('checkout-coupons'));
    fireEvent.click(screen.getByTestId('coupon-11'));
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥139.00'));
    expect(sent.previews.at(-1)).toMatchObject({ coupons: { mode: 'chosen', ids: [11] } });
    fireEvent.click(screen.getByTestId('coupon-done'));
    expect(screen.queryByTestId('coupon-sheet')).toBeNull();

    // The order is placed with the choice the price was shown for.
    fireEvent.click(screen.getByTestId('submit-order'));
    await waitFor(() => expect(sent.orders).toHaveLength(1));
    expect(sent.orders[0]!.data).toEqual(sent.previews.at(-1));
  });

  it('offers a guest no coupons', async () => {
    signInStaff();
    serveCounter();
    render(<CounterPage />);
    fireEvent.click(await screen.findByTestId('customer-guest'));
    await addFirstSku();
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('¥159.00'));
    expect(screen.queryByTestId('checkout-coupons')).toBeNull();
  });

  it('says 网络异常 where the products would be, keeps the rest of the counter, and lists them after 重新加载', async () => {
    signInStaff();
    let online = false;
    serveCounter({ 'GET /products': () => (online ? ok({ items: [productSummary()], nextCursor: null }) : offline()) });
    render(<CounterPage />);
    const search = await screen.findByTestId('product-search');
    const failed = await within(search).findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(search.textContent).not.toContain('没有找到相关商品');
    expect(screen.getByTestId('customer-panel')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await within(search).findByTestId('product-row')).toBeTruthy();
  });

  it('says when a search finds nothing, with the way back to the best sellers', async () => {
    signInStaff();
    const queries: string[] = [];
    serveCounter({
      'GET /products': (request) => {
        const q = new URL(request.url, 'http://x').searchParams.get('q') ?? '';
        queries.push(q);
        return ok({ items: q ? [] : [productSummary()], nextCursor: null });
      },
    });
    render(<CounterPage />);
    await screen.findByTestId('product-row');
    fireEvent.change(screen.getByTestId('product-query'), { target: { value: '羽绒服' } });
    fireEvent.click(screen.getByTestId('product-search-submit'));
    const empty = await within(screen.getByTestId('product-search')).findByTestId('empty-state');
    expect(empty.textContent).toContain('没有找到相关商品');
    fireEvent.click(within(empty).getByText('看看热销商品'));
    expect(await screen.findByTestId('product-row')).toBeTruthy();
    expect(queries).toEqual(['', '羽绒服', '']);
    expect((screen.getByTestId('product-query') as HTMLInputElement).value).toBe('');
  });

  it('says so when the pickup stores cannot be read, and lists them after 重新加载', async () => {
    signInStaff();
    let online = false;
    serveCounter({ 'GET /stores': () => (online ? ok([store({ id: 1, name: '栖行 静安体验店' }), store({ id: 2, name: '栖行 徐汇店' })]) : offline()) });
    render(<CounterPage />);
    fireEvent.click(await screen.findByTestId('fulfillment-pickup'));
    const failed = await screen.findByTestId('pickup-stores-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findByTestId('pickup-stores')).textContent).toContain('栖行 徐汇店');
  });
});
