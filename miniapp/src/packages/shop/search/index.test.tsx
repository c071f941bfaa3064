import type { ProductSummary } from '@shop/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, failure } from '../../../../test/fixtures';
import Taro, { routeRequests, setRouterParams, type MockRequest } from '../../../../test/mocks/taro';
import { readSearchHistory } from '../../../lib/search-history';
import SearchPage from './index';

const product = (id: number, title: string, sales = 100): ProductSummary => ({
  id,
  categoryId: 3,
  title,
  subtitle: '',
  image: null,
  minPrice: 19900,
  minMemberPrice: null,
  sales,
  inStock: true,
});

const queryOf = (request: MockRequest) => Object.fromEntries(new URL(request.url, 'http://app.test').searchParams);

describe('搜索', () => {
  it('offers 热搜词 before typing, and tapping one searches it ranked by the server', async () => {
    const searches: Record<string, string>[] = [];
    routeRequests({
      'GET /search/hot-words': () => ok({ items: ['双肩包', 'T恤', '帆布'] }),
      'GET /products': (request) => (searches.push(queryOf(request)), ok({ items: [product(8, '卷口防水双肩包')], nextCursor: null })),
    });
    render(<SearchPage />);

    const chips = await screen.findAllByTestId('hot-word');
    expect(chips.map((chip) => chip.textContent)).toEqual(['双肩包', 'T恤', '帆布']);
    expect(within(screen.getByTestId('hot-words')).getByText('热门搜索')).toBeTruthy();
    expect(searches).toEqual([]);

    fireEvent.click(chips[0]!);
    expect(await screen.findByText('卷口防水双肩包')).toBeTruthy();
    expect(searches).toEqual([expect.objectContaining({ q: '双肩包' })]);
    expect(searches[0]).not.toHaveProperty('sort'); // 综合: the server ranks by relevance
    expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('双肩包');
    expect(screen.queryByTestId('hot-words')).toBeNull();
    expect(readSearchHistory()).toEqual(['双肩包']);
  });

  it('still shows history and takes a typed search when the hot words fail to load', async () => {
    routeRequests({
      'GET /search/hot-words': () => failure(500, 'INTERNAL', '服务器开小差了'),
      'GET /products': () => ok({ items: [product(2, '重磅纯棉圆领T恤')], nextCursor: null }),
    });
    render(<SearchPage />);
    expect(await screen.findByText('最近搜索')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('hot-words')).toBeNull());
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'T恤' } });
    fireEvent.click(screen.getByTestId('search-submit'));
    expect(await screen.findByText('重磅纯棉圆领T恤')).toBeTruthy();
  });

  it('shows best sellers under 没有找到 when a search finds nothing', async () => {
    setRouterParams({ q: encodeURIComponent('不存在的词') });
    const lists: Record<string, string>[] = [];
    routeRequests({
      'GET /search/hot-words': () => ok({ items: ['双肩包'] }),
      'GET /products': (request) => {
        const query = queryOf(request);
        lists.push(query);
        return query.q ? ok({ items: [], nextCursor: null }) : ok({ items: [product(30, '编织快充数据线', 4975), product(31, '卷口防水双肩包', 3000)], nextCursor: 'more' });
      },
    });
    render(<SearchPage />);

    expect(await screen.findByText('没有找到相关商品')).toBeTruthy();
    const recommend = await screen.findByTestId('search-recommend');
    expect(within(recommend).getByText('为你推荐')).toBeTruthy();
    expect(within(recommend).getByText('编织快充数据线')).toBeTruthy();
    expect(within(recommend).getByText('卷口防水双肩包')).toBeTruthy();
    expect(lists).toEqual([expect.objectContaining({ q: '不存在的词' }), { sort: 'sales', limit: '6' }]);
  });

  it('offers no recommendations while results are there', async () => {
    setRouterParams({ q: encodeURIComponent('包') });
    routeRequests({ 'GET /products': () => ok({ items: [product(8, '卷口防水双肩包')], nextCursor: null }) });
    render(<SearchPage />);
    expect(await screen.findByText('卷口防水双肩包')).toBeTruthy();
    expect(screen.queryByTestId('search-recommend')).toBeNull();
    expect(screen.queryByTestId('search-empty')).toBeNull();
  });

  it('says 网络异常 with a retry, not 没有找到, when the first page of results fails', async () => {
    setRouterParams({ q: encodeURIComponent('包') });
    let down = true;
    routeRequests({
      'GET /products': () => {
        if (down) throw new Error('request:fail');
        return ok({ items: [product(8, '卷口防水双肩包')], nextCursor: null });
      },
    });
    render(<SearchPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('search-empty')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('卷口防水双肩包')).toBeTruthy();
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });
});
