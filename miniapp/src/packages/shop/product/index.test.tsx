import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { failure, offline, ok, productDetail, skuView, storeView } from '../../../../test/fixtures';
import { routeRequests, setRouterParams, type MockResponse } from '../../../../test/mocks/taro';
import ProductPage from './index';

const tee = productDetail({ skus: [skuView(4, {}, 5, { 1: 2 })] });

/** The product page's calls; `product` and `stores` answer the way a test needs. */
function serve({ product = () => ok(tee), stores = () => ok([storeView(1)]) }: { product?: () => MockResponse; stores?: () => MockResponse } = {}) {
  routeRequests({
    'GET /products/2': product,
    'GET /products/2/groupbuy': () => ok({ offers: [], openGroups: [] }),
    'GET /stores': stores,
  });
}

describe('商品详情 states', () => {
  it('says 网络异常 (not 不存在) when the product cannot be loaded, without a toast on top, and 重新加载 shows it', async () => {
    setRouterParams({ id: '2' });
    let down = true;
    serve({ product: () => (down ? offline() : ok(tee)), stores: () => (down ? offline() : ok([storeView(1)])) });
    render(<ProductPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('商品不存在或已下架')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect((await screen.findByTestId('product-title')).textContent).toBe('重磅纯棉圆领T恤');
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('says 加载失败 when the server answers with an error', async () => {
    setRouterParams({ id: '2' });
    serve({ product: () => failure(500, 'INTERNAL', 'boom') });
    render(<ProductPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('加载失败，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('says 商品不存在或已下架 for a 404, and for a link without an id, with a way to the home page', async () => {
    setRouterParams({ id: '2' });
    serve({ product: () => failure(404, 'NOT_FOUND', '商品不存在或已下架') });
    const { unmount } = render(<ProductPage />);
    const missing = await screen.findByTestId('not-found');
    expect(missing.textContent).toContain('商品不存在或已下架');
    fireEvent.click(screen.getByText('去首页逛逛'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
    unmount();

    setRouterParams({});
    render(<ProductPage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('商品不存在或已下架');
  });

  it('still shows the product when the store list fails, with a small retry in place of pickup', async () => {
    setRouterParams({ id: '2' });
    let storesDown = true;
    serve({ stores: () => (storesDown ? offline() : ok([storeView(1)])) });
    render(<ProductPage />);
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('availability-delivery').textContent).toContain('现货');
    const retry = await screen.findByTestId('availability-pickup-failed');
    expect(screen.queryByTestId('availability-pickup')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    storesDown = false;
    await act(async () => void fireEvent.click(retry));
    expect((await screen.findByTestId('availability-pickup')).textContent).toBe('到店自提 · 门店1');
  });
});
