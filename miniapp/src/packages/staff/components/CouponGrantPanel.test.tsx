import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { failure, ok } from '../../../../test/fixtures';
import { signInStaff } from '../testing/fixtures';
import { grantedCoupon, handoutCoupon, handoutQuota, handouts } from '../testing/coupon-fixtures';
import { CouponGrantPanel } from './CouponGrantPanel';

const TEE_COUPON = handoutCoupon();
const FIVE_OFF = handoutCoupon({ templateId: 52, name: '到店无门槛5元', kind: 'amount_off', value: 500, threshold: null, perMemberLimit: 2, remaining: 10 });

describe('门店发券', () => {
  it('lists the handout coupons with their rules in words and today’s quota', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/coupons': () => ok(handouts([TEE_COUPON, FIVE_OFF], handoutQuota(3))) });
    render(<CouponGrantPanel counterToken='counter-session-7' nickname='小栖' />);
    expect((await screen.findByTestId('coupon-grant-quota')).textContent).toBe('今日还可发 17 张（每天 20 张）');
    expect(screen.getByTestId('coupon-grant-name-51').textContent).toBe('到店礼 满199减30');
    expect(screen.getByTestId('coupon-grant-rule-51').textContent).toBe('满¥199减¥30 · 全场通用');
    expect(screen.getByTestId('coupon-grant-limits-51').textContent).toBe('领取后7天内有效 · 每人限领 1 张 · 剩余 48 张');
    expect(screen.getByTestId('coupon-grant-rule-52').textContent).toBe('无门槛减¥5 · 全场通用');
    expect(screen.getByTestId('coupon-grant-limits-52').textContent).toContain('每人限领 2 张');
  });

  it('grants to the counter session’s member: the token travels in the header, no member id in the body', async () => {
    signInStaff();
    const grants: MockRequest[] = [];
    routeRequests({
      'GET /staff/coupons': () => ok(handouts([TEE_COUPON, FIVE_OFF], handoutQuota(3))),
      'POST /staff/coupons/grant': (request) => (grants.push(request), ok({ coupon: grantedCoupon(TEE_COUPON), quota: handoutQuota(4) }, 201)),
    });
    render(<CouponGrantPanel counterToken='counter-session-7' nickname='小栖' />);
    fireEvent.click(await screen.findByTestId('coupon-grant-submit-51'));
    expect((await screen.findByTestId('coupon-grant-result-51')).textContent).toBe('已发给 小栖：到店礼 满199减30');
    expect(grants).toHaveLength(1);
    expect(grants[0]!.data).toEqual({ templateId: 51 });
    expect(grants[0]!.header?.['x-counter-token']).toBe('counter-session-7');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '发券成功' }));
    expect(screen.getByTestId('coupon-grant-quota').textContent).toBe('今日还可发 16 张（每天 20 张）');
    expect(screen.getByTestId('coupon-grant-limits-51').textContent).toContain('剩余 47 张');
    expect(screen.queryByTestId('coupon-grant-result-52')).toBeNull();
  });

  it('says why the server refused, in a toast and under the coupon, and shows the numbers as they now are', async () => {
    signInStaff();
    let quota = handoutQuota(19);
    routeRequests({
      'GET /staff/coupons': () => ok(handouts([TEE_COUPON, FIVE_OFF], quota)),
      'POST /staff/coupons/grant': (request) => {
        if ((request.data as { templateId: number }).templateId === 51) return failure(409, 'COUPON_LIMIT_REACHED', '该会员已领满此券，不能再发');
        quota = handoutQuota(20);
        return failure(429, 'RATE_LIMITED', '今日发券已达上限（每人每天 20 张）');
      },
    });
    render(<CouponGrantPanel counterToken='counter-session-7' nickname='小栖' />);
    fireEvent.click(await screen.findByTestId('coupon-grant-submit-51'));
    expect((await screen.findByTestId('coupon-grant-result-51')).textContent).toBe('该会员已领满此券，不能再发');
    expect(screen.getByTestId('coupon-grant-result-51').className).toBe('staff-error');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该会员已领满此券，不能再发' }));

    fireEvent.click(screen.getByTestId('coupon-grant-submit-52'));
    expect((await screen.findByTestId('coupon-grant-result-52')).textContent).toBe('今日发券已达上限（每人每天 20 张）');
    await waitFor(() => expect(screen.getByTestId('coupon-grant-quota').textContent).toBe('今日发券已达上限（每天 20 张）'));
    // With the quota used up every 发券 is off until tomorrow.
    fireEvent.click(screen.getByTestId('coupon-grant-submit-51'));
    expect(Taro.request.mock.calls.filter(([r]) => r.url.endsWith('/staff/coupons/grant'))).toHaveLength(2);
  });

  it('says when there is nothing to hand out, and when the list cannot be read', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/coupons': () => ok(handouts([])) });
    const { unmount } = render(<CouponGrantPanel counterToken='counter-session-7' nickname='小栖' />);
    expect((await screen.findByTestId('coupon-grant-empty')).textContent).toBe('暂无可在门店发放的优惠券');
    unmount();
    let up = false;
    routeRequests({ 'GET /staff/coupons': () => (up ? ok(handouts([handoutCoupon()])) : failure(500, 'INTERNAL', 'boom')) });
    render(<CouponGrantPanel counterToken='counter-session-8' nickname='小栖' />);
    const failed = await screen.findByTestId('coupon-grant-load-error');
    // A failed read is not "nothing to hand out".
    expect(failed.textContent).toContain('加载失败，点击重试');
    expect(screen.queryByTestId('coupon-grant-empty')).toBeNull();
    up = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findByTestId('coupon-grant-51')).toBeTruthy();
  });
});
