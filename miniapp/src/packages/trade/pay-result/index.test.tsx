import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { failure, ok, order, signIn } from '../../groupbuy/testing/fixtures';
import PayResultPage from './index';

describe('支付结果 states', () => {
  it('shows a paid order as paid', async () => {
    signIn();
    setRouterParams({ orderId: '70' });
    routeRequests({ 'GET /orders/70': () => ok(order({ status: 'awaiting_shipment', statusLabel: '待发货' })) });
    render(<PayResultPage />);
    expect(await screen.findByTestId('pay-success')).toBeTruthy();
  });

  it('says 订单不存在 for a link without an order, instead of waiting for ever', async () => {
    setRouterParams({});
    routeRequests({});
    render(<PayResultPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('订单不存在');
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('stops asking for an order the server does not have, and says so', async () => {
    signIn();
    setRouterParams({ orderId: '70' });
    routeRequests({ 'GET /orders/70': () => failure(404, 'NOT_FOUND', '订单不存在') });
    render(<PayResultPage />);
    expect((await screen.findByTestId('not-found', {}, { timeout: 3000 })).textContent).toContain('订单不存在');
    expect(Taro.request).toHaveBeenCalledTimes(1);
  });
});
