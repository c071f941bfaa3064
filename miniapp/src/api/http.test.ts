import { afterEach, describe, expect, it, vi } from 'vitest';
import Taro, { respondWith, setCurrentPage, storedValue } from '../../test/mocks/taro';
import { saveSession } from '../lib/session';
import { ApiError } from './errors';
import { apiRequest, queryString, setSessionRenewer } from './http';

const memberLogin = { token: 'tok-1', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), roles: ['consumer' as const], member: { id: 7, nickname: 'alice', avatarUrl: null, isNew: false } };

describe('apiRequest', () => {
  it('calls the absolute API base on weapp and returns the body of a 2xx answer', async () => {
    respondWith({ statusCode: 200, data: [{ id: 1, name: '上衣' }] });
    await expect(apiRequest('/categories')).resolves.toEqual([{ id: 1, name: '上衣' }]);
    expect(Taro.request).toHaveBeenCalledWith(expect.objectContaining({ url: 'http://127.0.0.1:3000/api/v1/categories', method: 'GET' }));
  });

  it('calls the same origin on H5', async () => {
    process.env.TARO_ENV = 'h5';
    respondWith({ statusCode: 200, data: {} });
    await apiRequest('/cart');
    expect(Taro.request.mock.calls[0]![0].url).toBe('/api/v1/cart');
  });

  it('sends the stored token, a JSON body and the query without empty values', async () => {
    saveSession(memberLogin);
    respondWith({ statusCode: 201, data: { ok: true } });
    await apiRequest('/cart/items', { method: 'POST', body: { skuId: 3, qty: 1 }, query: { a: 1, b: undefined, c: '', d: '中' } });
    const call = Taro.request.mock.calls[0]![0];
    expect(call.url).toBe('http://127.0.0.1:3000/api/v1/cart/items?a=1&d=%E4%B8%AD');
    expect(call.header).toMatchObject({ Authorization: 'Bearer tok-1', 'Content-Type': 'application/json' });
    expect(call.data).toEqual({ skuId: 3, qty: 1 });
  });

  it('throws the server error and toasts its Chinese message', async () => {
    respondWith({ statusCode: 409, data: { error: { code: 'COUPON_CODE_USED', message: '兑换码已被使用' } } });
    const error = await apiRequest('/coupons/redeem', { method: 'POST', body: { code: 'X' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'COUPON_CODE_USED', message: '兑换码已被使用' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '兑换码已被使用', icon: 'none' }));
  });

  it('toasts a Chinese sentence for an English server message, and nothing when quiet', async () => {
    respondWith({ statusCode: 409, data: { error: { code: 'OUT_OF_STOCK', message: 'Not enough stock' } } });
    await expect(apiRequest('/orders', { method: 'POST', body: {} })).rejects.toThrow('Not enough stock');
    expect(Taro.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '库存不足，请减少数量或换个规格' }));
    respondWith({ statusCode: 409, data: { error: { code: 'OUT_OF_STOCK', message: 'Not enough stock' } } });
    await expect(apiRequest('/orders/preview', { method: 'POST', body: {}, quiet: true })).rejects.toBeInstanceOf(ApiError);
    expect(Taro.showToast).toHaveBeenCalledTimes(1);
  });

  it('turns a failed connection into a NETWORK error', async () => {
    Taro.request.mockRejectedValueOnce(new Error('request:fail'));
    await expect(apiRequest('/products')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络不给力，请检查网络后重试' }));
  });

  it('on 401 forgets the token and opens the login page, remembering where the user was', async () => {
    saveSession(memberLogin);
    setCurrentPage('packages/shop/product/index', { id: '12' });
    respondWith({ statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } } });
    await expect(apiRequest('/cart')).rejects.toMatchObject({ status: 401 });
    expect(storedValue('shop.session')).toBeUndefined();
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/shop/product/index?id=12')}` });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('does not redirect on 401 when asked not to (the login call itself)', async () => {
    respondWith({ statusCode: 401, data: { error: { code: 'INVALID_CREDENTIALS', message: 'bad code' } } });
    await expect(apiRequest('/auth/wechat', { method: 'POST', body: {}, noLoginRedirect: true })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('reports an answer that is not the error format as BAD_RESPONSE', async () => {
    respondWith({ statusCode: 502, data: '<html>bad gateway</html>' });
    await expect(apiRequest('/products', { quiet: true })).rejects.toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
  });
});

describe('silent session renewal (mini-program)', () => {
  afterEach(() => setSessionRenewer(null));

  it('renews an expired token and sends the call again, without the login page', async () => {
    saveSession(memberLogin);
    setSessionRenewer(vi.fn(async () => {
      saveSession({ ...memberLogin, token: 'tok-2' });
      return true;
    }));
    respondWith({ statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } }, { statusCode: 200, data: { lines: [] } });
    await expect(apiRequest('/cart')).resolves.toEqual({ lines: [] });
    expect(Taro.request.mock.calls[1]![0].header).toMatchObject({ Authorization: 'Bearer tok-2' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('opens the login page when renewal fails', async () => {
    setSessionRenewer(async () => false);
    setCurrentPage('pages/cart/index');
    respondWith({ statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } });
    await expect(apiRequest('/cart')).rejects.toMatchObject({ status: 401 });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index?redirect=%2Fpages%2Fcart%2Findex' });
  });
});

describe('queryString', () => {
  it('encodes values and skips empty ones', () => {
    expect(queryString({ q: '棉 T', sort: 'price_asc', cursor: null })).toBe('?q=%E6%A3%89%20T&sort=price_asc');
    expect(queryString({})).toBe('');
  });
});
