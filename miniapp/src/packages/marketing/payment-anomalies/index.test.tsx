import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { formatDateTime } from '../../../lib/format';
import { failure, offline, ok, paymentAnomaly, signInAdmin, signInMarketer } from '../testing/anomaly-fixtures';
import PaymentAnomaliesPage from './index';

const statusOf = (request: MockRequest) => new URL(request.url, 'http://shop.test').searchParams.get('status');

describe('支付异常', () => {
  it('sends a visitor without a console session to the login, calling nothing', async () => {
    render(<PaymentAnomaliesPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/login/index' }));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('shows each open anomaly with its kind in Chinese, order number, amounts as money and time; 标记已处理 marks it handled', async () => {
    signInAdmin();
    const asked: (string | null)[] = [];
    const acknowledged: string[] = [];
    routeRequests({
      'GET /admin/payments/anomalies': (request) => {
        asked.push(statusOf(request));
        return ok({ items: [paymentAnomaly(), paymentAnomaly({ id: 40, kind: 'mchid_mismatch', outTradeNo: 'O202612040002J', expected: '1900000001', received: '1900000999' }), paymentAnomaly({ id: 39, kind: 'malformed_resource', outTradeNo: null, expected: null, received: 'null' })], nextCursor: null });
      },
      'POST /admin/payments/anomalies/41/acknowledge': (request) => {
        acknowledged.push(request.url);
        return ok(paymentAnomaly({ acknowledgedAt: '2026-12-04T02:30:00.000Z', acknowledgedBy: 'staff:1' }));
      },
    });
    render(<PaymentAnomaliesPage />);

    expect((await screen.findByTestId('anomaly-41-kind')).textContent).toBe('金额不符');
    expect(screen.getByTestId('anomaly-41-reference').textContent).toBe('商户订单号 O202612040001N');
    expect(screen.getByTestId('anomaly-41-amounts').textContent).toBe('应收 ¥159.00 · 微信金额 ¥158.99');
    expect(screen.getByTestId('anomaly-41-time').textContent).toBe(`收到于 ${formatDateTime('2026-12-04T02:05:00.000Z')}`);
    expect(screen.getByTestId('anomaly-40-kind').textContent).toBe('商户号不符');
    expect(screen.getByTestId('anomaly-40-amounts').textContent).toBe('应为 1900000001 · 微信为 1900000999');
    expect(screen.getByTestId('anomaly-39-kind').textContent).toBe('通知内容无法识别');
    expect(screen.getByTestId('anomaly-39-reference').textContent).toBe('通知未带单号');
    expect(asked).toEqual(['open']);

    fireEvent.click(screen.getByTestId('anomaly-41-acknowledge'));
    await waitFor(() => expect(screen.getByTestId('anomaly-41-handled').textContent).toBe(`已处理 · ${formatDateTime('2026-12-04T02:30:00.000Z')}`));
    expect(acknowledged).toHaveLength(1);
    expect(screen.queryByTestId('anomaly-41-acknowledge')).toBeNull();
    expect(screen.getByTestId('anomaly-40-acknowledge').textContent).toBe('标记已处理');
  });

  it('shows handled ones too under 全部, and says when there is nothing to handle', async () => {
    signInAdmin();
    const asked: (string | null)[] = [];
    routeRequests({
      'GET /admin/payments/anomalies': (request) => {
        asked.push(statusOf(request));
        return ok({ items: statusOf(request) === 'open' ? [] : [paymentAnomaly({ acknowledgedAt: '2026-12-04T02:30:00.000Z', acknowledgedBy: 'staff:1' })], nextCursor: null });
      },
    });
    render(<PaymentAnomaliesPage />);
    expect((await screen.findByText('没有待处理的支付异常')).textContent).toBe('没有待处理的支付异常');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    // The way forward from "nothing to handle" is the handled ones.
    fireEvent.click(within(screen.getByTestId('empty-state')).getByText('查看全部'));
    expect((await screen.findByTestId('anomaly-41-handled')).textContent).toContain('已处理');
    expect(asked).toEqual(['open', null]);
  });

  it('says 网络异常 when the list cannot be reached, never "nothing to handle", and lists them after 重新加载', async () => {
    signInAdmin();
    let online = false;
    routeRequests({ 'GET /admin/payments/anomalies': () => (online ? ok({ items: [paymentAnomaly()], nextCursor: null }) : offline()) });
    render(<PaymentAnomaliesPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('没有待处理的支付异常')).toBeNull();
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findByTestId('anomaly-41-kind')).textContent).toBe('金额不符');
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('says 加载失败 when the server fails the list, under either tab', async () => {
    signInAdmin();
    routeRequests({ 'GET /admin/payments/anomalies': () => failure(500, 'INTERNAL', 'boom') });
    render(<PaymentAnomaliesPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('加载失败，点击重试');
    fireEvent.click(screen.getByTestId('anomaly-filter-all'));
    await waitFor(() => expect(screen.getByTestId('load-failed').textContent).toContain('加载失败，点击重试'));
    expect(screen.queryByText('还没有支付异常')).toBeNull();
  });

  it('is a tab for admins only; a marketer neither sees it nor calls the list', async () => {
    signInMarketer();
    render(<PaymentAnomaliesPage />);
    expect((await screen.findByTestId('anomaly-admin-only')).textContent).toContain('仅管理员可查看支付异常');
    expect(screen.queryByTestId('marketing-nav-paymentAnomalies')).toBeNull();
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('admins reach it from the console navigation', async () => {
    signInAdmin();
    routeRequests({ 'GET /admin/payments/anomalies': () => ok({ items: [], nextCursor: null }) });
    render(<PaymentAnomaliesPage />);
    const tab = await screen.findByTestId('marketing-nav-paymentAnomalies');
    expect(tab.textContent).toBe('支付异常');
    expect(tab.className).toContain('staff-bar__tab--active');
    fireEvent.click(screen.getByTestId('marketing-nav-coupons'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupons/index' });
  });
});
