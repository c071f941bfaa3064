import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, setRouterParams, type MockRequest } from '../../../../test/mocks/taro';
import { category, couponTemplate, failure, offline, ok, signInMarketer, tier } from '../testing/coupon-fixtures';
import { productDetail } from '../testing/fixtures';
import { productSummary } from '../../staff/testing/fixtures';
import NewCouponPage from './index';

const bodyOf = (request: MockRequest) => JSON.parse(JSON.stringify(request.data)) as Record<string, unknown>;
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const lookups = {
  'GET /members/tiers': () => ok({ items: [tier('silver', '银卡'), tier('gold', '金卡')] }),
  'GET /categories': () => ok([category(1, '上衣'), category(2, '裤装')]),
};

describe('新建优惠券', () => {
  it('shows what to fix beside each field and sends nothing', async () => {
    signInMarketer();
    routeRequests(lookups);
    render(<NewCouponPage />);
    type('coupon-total-input', '0');
    fireEvent.click(screen.getByTestId('coupon-submit-live'));
    expect((await screen.findByTestId('coupon-name-error')).textContent).toBe('请填写优惠券名称');
    expect(screen.getByTestId('coupon-threshold-error').textContent).toBe('满减券请填写使用门槛，如 满 199 元');
    expect(screen.getByTestId('coupon-value-error').textContent).toBe('请填写优惠金额，如 20 或 9.9');
    expect(screen.getByTestId('coupon-total-error').textContent).toBe('发行总量为 1 到 10000000 张');
    expect(Taro.request.mock.calls.map(([r]) => r.url).filter((url) => url.includes('/admin/'))).toEqual([]);
  });

  it("drops a field's problem as soon as the field is edited, and checks again on submit", async () => {
    signInMarketer();
    routeRequests(lookups);
    render(<NewCouponPage />);
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    expect((await screen.findByTestId('coupon-threshold-error')).textContent).toBe('满减券请填写使用门槛，如 满 199 元');
    type('coupon-threshold-input', '199');
    expect(screen.queryByTestId('coupon-threshold-error')).toBeNull();
    type('coupon-name-input', '满199减30');
    expect(screen.queryByTestId('coupon-name-error')).toBeNull();
    // Not touched, still to fix.
    expect(screen.getByTestId('coupon-value-error').textContent).toBe('请填写优惠金额，如 20 或 9.9');

    type('coupon-amount-input', '300');
    expect(screen.queryByTestId('coupon-value-error')).toBeNull();
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    expect((await screen.findByTestId('coupon-threshold-error')).textContent).toBe('门槛必须高于优惠金额');
  });

  it('keeps a new coupon out of 领券中心 unless the marketer lists it', async () => {
    signInMarketer();
    const sent: Record<string, unknown>[] = [];
    routeRequests({ ...lookups, 'POST /admin/coupon-templates': (request) => (sent.push(bodyOf(request)), ok(couponTemplate({ id: 45, status: 'draft' }), 201)) });
    render(<NewCouponPage />);
    expect(screen.getByTestId('coupon-claim-centre-no').className).toContain('staff-choice--on');
    expect(screen.getByTestId('coupon-claim-centre-yes').className).not.toContain('staff-choice--on');
    type('coupon-name-input', '满199减30');
    type('coupon-threshold-input', '199');
    type('coupon-amount-input', '30');
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ claimCentre: false });
  });

  it('creates a 满减 coupon in fen and puts it live, then opens the list', async () => {
    signInMarketer();
    const sent: unknown[] = [];
    routeRequests({
      ...lookups,
      'POST /admin/coupon-templates': (request) => {
        sent.push(bodyOf(request));
        return ok(couponTemplate({ id: 40, status: 'draft' }), 201);
      },
      'POST /admin/coupon-templates/40/status': (request) => (sent.push(bodyOf(request)), ok(couponTemplate({ id: 40 }))),
    });
    render(<NewCouponPage />);
    type('coupon-name-input', '会员日 满299减40');
    type('coupon-threshold-input', '299');
    type('coupon-amount-input', '40');
    type('coupon-total-input', '500');
    type('coupon-limit-input', '2');
    type('coupon-valid-days-input', '7');
    // 门店发放 is off unless the marketer turns it on.
    expect(screen.getByTestId('coupon-staff-handout-no').className).toContain('staff-choice--on');
    fireEvent.click(screen.getByTestId('coupon-staff-handout-yes'));
    fireEvent.click(screen.getByTestId('coupon-submit-live'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupons/index' }));
    expect(sent).toEqual([
      expect.objectContaining({ name: '会员日 满299减40', kind: 'threshold_off', value: 4000, threshold: 29900, totalQuantity: 500, perMemberLimit: 2, validity: { kind: 'relative', days: 7 }, scope: { kind: 'all' }, audience: { kind: 'everyone' }, staffHandout: true }),
      { status: 'active' },
    ]);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '优惠券已上线' }));
  });

  it('asks each kind for its own fields: 折扣 with a cap, 无门槛 without a threshold, 包邮 for the whole order', async () => {
    signInMarketer();
    const sent: Record<string, unknown>[] = [];
    routeRequests({ ...lookups, 'POST /admin/coupon-templates': (request) => (sent.push(bodyOf(request)), ok(couponTemplate({ id: 41, status: 'draft' }), 201)) });
    render(<NewCouponPage />);
    fireEvent.click(screen.getByTestId('coupon-kind-percent_off'));
    expect(screen.queryByTestId('coupon-amount-input')).toBeNull();
    type('coupon-name-input', '金卡 8.5 折');
    type('coupon-discount-input', '8.5');
    type('coupon-cap-input', '50');
    fireEvent.click(screen.getByTestId('coupon-audience-kind-tiers'));
    fireEvent.click(await screen.findByTestId('coupon-tier-gold'));
    fireEvent.click(screen.getByTestId('coupon-scope-kind-categories'));
    fireEvent.click(await screen.findByTestId('coupon-category-1'));

    fireEvent.click(screen.getByTestId('coupon-kind-amount_off'));
    expect(screen.queryByTestId('coupon-threshold-input')).toBeNull();
    expect(screen.queryByTestId('coupon-cap-input')).toBeNull();

    fireEvent.click(screen.getByTestId('coupon-kind-free_shipping'));
    expect(screen.queryByTestId('coupon-scope-kind-all')).toBeNull();

    fireEvent.click(screen.getByTestId('coupon-kind-percent_off'));
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(sent[0]).toMatchObject({ kind: 'percent_off', value: 85, cap: 5000, threshold: null, audience: { kind: 'tiers', codes: ['gold'] }, scope: { kind: 'categories', ids: [1] } });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存为草稿' }));
  });

  it('finds products to exclude by name and leaves them out of the coupon', async () => {
    signInMarketer();
    const sent: Record<string, unknown>[] = [];
    const keywords: (string | null)[] = [];
    routeRequests({
      ...lookups,
      'GET /products': (request) => (keywords.push(new URL(request.url, 'http://shop.test').searchParams.get('q')), ok({ items: [productSummary({ id: 5, title: '新款羊毛大衣', minPrice: 129900 })], nextCursor: null })),
      'POST /admin/coupon-templates': (request) => (sent.push(bodyOf(request)), ok(couponTemplate({ id: 44, status: 'draft' }), 201)),
    });
    render(<NewCouponPage />);
    type('coupon-name-input', '满199减30');
    type('coupon-threshold-input', '199');
    type('coupon-amount-input', '30');
    type('coupon-exclude-keyword', '大衣');
    fireEvent.click(screen.getByTestId('coupon-exclude-search'));
    fireEvent.click(await screen.findByTestId('coupon-exclude-5'));
    expect(screen.getByTestId('coupon-exclude-chosen-5').textContent).toContain('新款羊毛大衣');
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ scope: { kind: 'all' }, excludeProductIds: [5] });
    expect(keywords).toEqual(['大衣']);
  });

  it("shows the server's refusal and stays on the form", async () => {
    signInMarketer();
    routeRequests({ ...lookups, 'POST /admin/coupon-templates': () => failure(403, 'FORBIDDEN', '没有权限创建优惠券') });
    render(<NewCouponPage />);
    type('coupon-name-input', '无门槛5元');
    fireEvent.click(screen.getByTestId('coupon-kind-amount_off'));
    type('coupon-amount-input', '5');
    fireEvent.click(screen.getByTestId('coupon-submit-live'));
    expect((await screen.findByTestId('coupon-problem')).textContent).toBe('没有权限创建优惠券');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('keeps a created coupon as a draft when going live is refused, rather than making a second one', async () => {
    signInMarketer();
    let creates = 0;
    routeRequests({
      ...lookups,
      'POST /admin/coupon-templates': () => (creates++, ok(couponTemplate({ id: 42, status: 'draft' }), 201)),
      'POST /admin/coupon-templates/42/status': () => failure(409, 'CONFLICT', '状态已变化'),
    });
    render(<NewCouponPage />);
    type('coupon-name-input', '满100减10');
    type('coupon-threshold-input', '100');
    type('coupon-amount-input', '10');
    fireEvent.click(screen.getByTestId('coupon-submit-live'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupons/index' }));
    expect(creates).toBe(1);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存为草稿，请在列表中上线' }));
  });

  it('changes a saved draft in place: the form comes back filled, saving patches it', async () => {
    signInMarketer();
    setRouterParams({ id: '43' });
    const patches: Record<string, unknown>[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates/43': () => ok(couponTemplate({ id: 43, status: 'draft', kind: 'amount_off', value: 500, threshold: null, scope: { kind: 'products', ids: [2] }, perMemberLimit: 2 })),
      'GET /products/2': () => ok(productDetail()),
      'PATCH /admin/coupon-templates/43': (request) => (patches.push(bodyOf(request)), ok(couponTemplate({ id: 43, status: 'draft' }))),
    });
    render(<NewCouponPage />);
    expect(((await screen.findByTestId('coupon-amount-input')) as HTMLInputElement).value).toBe('5');
    expect((screen.getByTestId('coupon-name-input') as HTMLInputElement).value).toBe('会员日 满299减40');
    expect((screen.getByTestId('coupon-limit-input') as HTMLInputElement).value).toBe('2');
    expect(screen.getByTestId('coupon-product-chosen-2').textContent).toContain('重磅纯棉圆领T恤');
    expect(screen.getByTestId('coupon-submit-live').textContent).toBe('保存并上线');

    type('coupon-amount-input', '8');
    fireEvent.click(screen.getByTestId('coupon-submit-draft'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupons/index' }));
    expect(patches).toEqual([expect.objectContaining({ kind: 'amount_off', value: 800, scope: { kind: 'products', ids: [2] }, perMemberLimit: 2 })]);
    expect(Taro.request.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);
  });

  it('will not change a coupon that has gone live', async () => {
    signInMarketer();
    setRouterParams({ id: '31' });
    routeRequests({ ...lookups, 'GET /admin/coupon-templates/31': () => ok(couponTemplate()) });
    render(<NewCouponPage />);
    expect((await screen.findByTestId('coupon-load-problem')).textContent).toContain('只有未上线的优惠券可以修改');
    expect(screen.queryByTestId('coupon-submit-live')).toBeNull();
  });

  it('says 优惠券不存在 with the way back to the list for a draft id the console does not know, or one that is no id', async () => {
    signInMarketer();
    setRouterParams({ id: '404' });
    routeRequests({ ...lookups, 'GET /admin/coupon-templates/404': () => failure(404, 'NOT_FOUND', 'Coupon template not found') });
    const { unmount } = render(<NewCouponPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const gone = await screen.findByTestId('not-found');
    expect(gone.textContent).toContain('优惠券不存在');
    expect(screen.queryByTestId('coupon-submit-live')).toBeNull();
    fireEvent.click(within(gone).getByText('返回优惠券列表'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupons/index' });
    unmount();

    // id=abc is not a blank form for a new coupon.
    setRouterParams({ id: 'abc' });
    render(<NewCouponPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('优惠券不存在');
    expect(screen.queryByTestId('coupon-submit-live')).toBeNull();
  });

  it('says 网络异常 when the draft cannot be reached, and opens it after 重新加载', async () => {
    signInMarketer();
    setRouterParams({ id: '43' });
    let online = false;
    routeRequests({ ...lookups, 'GET /admin/coupon-templates/43': () => (online ? ok(couponTemplate({ id: 43, status: 'draft', scope: { kind: 'all' } })) : offline()) });
    render(<NewCouponPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('not-found')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(((await screen.findByTestId('coupon-name-input')) as HTMLInputElement).value).toBe('会员日 满299减40');
  });
});
