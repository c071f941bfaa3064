import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, type MockRequest, type MockResponse } from '../../../test/mocks/taro';
import { failure, ok } from '../../../test/fixtures';
import { campaignCard } from '../../packages/groupbuy/testing/fixtures';
import HomePage from './index';

function serve(campaigns: (request: MockRequest) => MockResponse) {
  routeRequests({
    'GET /categories': () => ok([]),
    'GET /products': () => ok({ items: [], nextCursor: null }),
    'GET /groupbuy/campaigns': campaigns,
  });
}

describe('首页 拼团 section', () => {
  it('shows running campaigns with the group price against the list price, and opens the product page', async () => {
    const asked: string[] = [];
    serve((request) => {
      asked.push(request.url);
      return ok({ items: [campaignCard(), campaignCard({ campaignId: 10, productId: 3, productTitle: '城市通勤双肩包', groupSize: 3, groupPrice: 19900, listPrice: 25900, endsAt: new Date(Date.now() + 5.5 * 3_600_000).toISOString() })] });
    });
    render(<HomePage />);
    const first = await screen.findByTestId('home-groupbuy-9');
    expect(first.textContent).toContain('重磅纯棉圆领T恤');
    expect(first.textContent).toContain('2人团');
    expect(screen.getByTestId('home-groupbuy-9-price').textContent).toBe('¥99.00');
    expect(first.textContent).toContain('¥159.00');
    expect(first.textContent).toContain('省¥60.00');
    expect(screen.getByTestId('home-groupbuy-10').textContent).toContain('3人团');
    expect(screen.getByTestId('home-groupbuy-10').textContent).toContain('还剩 5 小时');
    // One more than the section shows, to know whether 全部 › leads anywhere: here it does not.
    expect(asked[0]).toMatch(/\/groupbuy\/campaigns\?limit=5$/);
    expect(screen.queryByTestId('home-groupbuy-more')).toBeNull();

    fireEvent.click(screen.getByTestId('home-groupbuy-10'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/shop/product/index?id=3' });
  });

  it('shows the first four and leads to the 拼团 list when more campaigns run', async () => {
    serve(() => ok({ items: [1, 2, 3, 4, 5].map((n) => campaignCard({ campaignId: n })) }));
    render(<HomePage />);
    await screen.findByTestId('home-groupbuy-4');
    expect(screen.queryByTestId('home-groupbuy-5')).toBeNull();
    fireEvent.click(screen.getByTestId('home-groupbuy-more'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/list/index' });
  });

  it('draws nothing when no campaign runs, or when the list cannot be loaded, and says nothing about it', async () => {
    serve(() => ok({ items: [] }));
    const { unmount } = render(<HomePage />);
    await waitFor(() => expect(Taro.request).toHaveBeenCalledTimes(3));
    expect(screen.queryByTestId('home-groupbuy')).toBeNull();
    unmount();

    serve(() => failure(500, 'INTERNAL', 'boom'));
    render(<HomePage />);
    await waitFor(() => expect(Taro.request).toHaveBeenCalledTimes(6));
    expect(screen.queryByTestId('home-groupbuy')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
