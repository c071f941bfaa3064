import { describe, expect, it, vi } from 'vitest';
import Taro, { respondWith } from '../../test/mocks/taro';
import { cashierHref, payOrder, resultPageHref } from './pay';

describe('paying', () => {
  it('builds the H5 result page URL behind the hash router', () => {
    expect(resultPageHref({ origin: 'http://127.0.0.1:3000', pathname: '/' }, 42)).toBe('http://127.0.0.1:3000/#/packages/trade/pay-result/index?orderId=42');
  });

  it('adds the encoded return URL to the cashier URL', () => {
    expect(cashierHref('http://127.0.0.1:3100/cashier?code_url=weixin%3A%2F%2Fx', 'http://a/#/p?orderId=1')).toBe(
      'http://127.0.0.1:3100/cashier?code_url=weixin%3A%2F%2Fx&return_url=http%3A%2F%2Fa%2F%23%2Fp%3ForderId%3D1',
    );
  });

  it('on weapp asks for JSAPI parameters and opens the WeChat pay sheet with them', async () => {
    const params = { appId: 'wx1', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' };
    respondWith({ statusCode: 200, data: { method: 'jsapi', outTradeNo: 'T1J', params } });
    await expect(payOrder(5)).resolves.toBe('paid');
    expect(Taro.request.mock.calls[0]![0]).toMatchObject({ url: expect.stringContaining('/orders/5/pay'), data: { method: 'jsapi' } });
    expect(Taro.requestPayment).toHaveBeenCalledWith(params);
  });

  it('reports a closed pay sheet as cancelled', async () => {
    respondWith({ statusCode: 200, data: { method: 'jsapi', outTradeNo: 'T1J', params: {} } });
    Taro.requestPayment.mockRejectedValueOnce(new Error('requestPayment:fail cancel'));
    await expect(payOrder(5)).resolves.toBe('cancelled');
  });

  it('on H5 sends the browser to the emulator cashier with the way back', async () => {
    process.env.TARO_ENV = 'h5';
    const assign = vi.fn();
    vi.stubGlobal('window', { location: { origin: 'http://shop', pathname: '/', assign } });
    respondWith({ statusCode: 200, data: { method: 'native', outTradeNo: 'T1N', codeUrl: 'weixin://1', cashierUrl: 'http://pay/cashier?code_url=w' } });
    await expect(payOrder(8)).resolves.toBe('redirected');
    expect(Taro.request.mock.calls[0]![0].data).toEqual({ method: 'native' });
    expect(assign).toHaveBeenCalledWith(`http://pay/cashier?code_url=w&return_url=${encodeURIComponent('http://shop/#/packages/trade/pay-result/index?orderId=8')}`);
    vi.unstubAllGlobals();
  });
});
