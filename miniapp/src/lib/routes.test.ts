import { describe, expect, it } from 'vitest';
import Taro, { setCurrentPage } from '../../test/mocks/taro';
import { PAGES, currentPageUrl, idParam, isTabPage, openPage, pageUrl, replacePage } from './routes';

describe('routes', () => {
  it('builds page URLs with encoded parameters, leaving empty ones out', () => {
    expect(pageUrl(PAGES.search, { q: '棉 T', category: undefined })).toBe('/packages/shop/search/index?q=%E6%A3%89%20T');
    expect(pageUrl(PAGES.cart)).toBe('/pages/cart/index');
  });

  it('switches tab for tab pages and navigates otherwise', () => {
    openPage(PAGES.cart);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cart/index' });
    openPage(PAGES.product, { id: 4 });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/shop/product/index?id=4' });
    replacePage('/packages/trade/order/index?id=9');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trade/order/index?id=9' });
    replacePage('/pages/me/index');
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/me/index' });
    expect(isTabPage('/pages/home/index?x=1')).toBe(true);
  });

  it('reads the current page with its query, without Taro bookkeeping', () => {
    setCurrentPage('packages/trade/order/index', { id: '5', $taroTimestamp: '123' });
    expect(currentPageUrl()).toBe('/packages/trade/order/index?id=5');
  });

  it('reads the query of an H5 page opened from its address, where Taro leaves options empty', () => {
    // What Taro H5's getCurrentPages() gives for `#/packages/groupbuy/group/index?id=1` (a share link)
    // once loaded: the query only in $taroParams (undecoded), `path` keeps just Taro's stamp.
    setCurrentPage('/packages/groupbuy/group/index', undefined, { path: '/packages/groupbuy/group/index?stamp=3', $taroParams: { id: '1', stamp: '3', $taroTimestamp: '17' } });
    expect(currentPageUrl()).toBe('/packages/groupbuy/group/index?id=1');
    // Before its onLoad, an H5 page's `path` still has the query.
    setCurrentPage('/packages/shop/search/index', undefined, { path: '/packages/shop/search/index?q=%E6%A3%89%20T&stamp=4' });
    expect(currentPageUrl()).toBe('/packages/shop/search/index?q=%E6%A3%89%20T');
  });

  it('parses id parameters strictly', () => {
    expect(idParam('12')).toBe(12);
    expect(idParam('0')).toBeNull();
    expect(idParam('1e3')).toBeNull();
    expect(idParam(undefined)).toBeNull();
  });
});
