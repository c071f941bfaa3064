import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { campaignCard, failure, ok } from '../testing/fixtures';
import GroupbuyListPage from './index';

describe('拼团 list', () => {
  it('lists every running campaign, each opening its product page', async () => {
    const asked: string[] = [];
    routeRequests({
      'GET /groupbuy/campaigns': (request: MockRequest) => {
        asked.push(request.url);
        return ok({ items: [campaignCard(), campaignCard({ campaignId: 10, productId: 3, productTitle: '城市通勤双肩包', groupSize: 5 })] });
      },
    });
    render(<GroupbuyListPage />);
    expect((await screen.findByTestId('groupbuy-list-10')).textContent).toContain('5人团');
    expect(screen.getByTestId('groupbuy-list-9-price').textContent).toBe('¥99.00');
    expect(asked[0]).toMatch(/limit=50$/);
    fireEvent.click(screen.getByTestId('groupbuy-list-10'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/shop/product/index?id=3' });
  });

  it('says when none runs, and offers to load again when the list failed (not "none runs")', async () => {
    routeRequests({ 'GET /groupbuy/campaigns': () => ok({ items: [] }) });
    const { unmount } = render(<GroupbuyListPage />);
    expect((await screen.findByTestId('groupbuy-list-empty')).textContent).toContain('暂时没有进行中的拼团');
    unmount();

    let calls = 0;
    routeRequests({ 'GET /groupbuy/campaigns': () => (++calls === 1 ? failure(500, 'INTERNAL', 'boom') : ok({ items: [campaignCard()] })) });
    render(<GroupbuyListPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('加载失败，点击重试');
    expect(screen.queryByTestId('groupbuy-list-empty')).toBeNull();
    fireEvent.click(failed.querySelector('button')!);
    expect(await screen.findByTestId('groupbuy-list-9')).toBeTruthy();
  });

  it('says 网络异常 when offline, without a toast on top', async () => {
    routeRequests({
      'GET /groupbuy/campaigns': () => {
        throw new Error('request:fail');
      },
    });
    render(<GroupbuyListPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
