import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { campaignStats, campaignView, failure, offline, ok, signInMarketer } from '../testing/fixtures';
import CampaignsPage from './index';

describe('拼团活动', () => {
  it('sends a visitor without a marketer session to the console login, calling nothing', async () => {
    render(<CampaignsPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/login/index' }));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('lists campaigns with product, SKU prices, numbers and the moves their status allows', async () => {
    signInMarketer();
    const moves: unknown[] = [];
    routeRequests({
      'GET /admin/groupbuy-campaigns': () => ok({ items: [campaignView(), campaignView({ id: 12, name: '草稿团', status: 'draft' })], nextCursor: null }),
      'GET /admin/groupbuy-campaigns/11/stats': () => ok(campaignStats()),
      'POST /admin/groupbuy-campaigns/11/status': (request: MockRequest) => {
        moves.push(request.data);
        return ok(campaignView({ status: 'paused' }));
      },
    });
    render(<CampaignsPage />);
    const card = await screen.findByTestId('campaign-11');
    expect(card.textContent).toContain('重磅纯棉圆领T恤');
    expect(card.textContent).toContain('原价 ¥159.00');
    expect(card.textContent).toContain('拼团价 ¥99.00');
    expect(card.textContent).toContain('已售 6 / 50');
    expect((await screen.findByTestId('campaign-stats-11-rate')).textContent).toContain('66.66%');
    expect(screen.getByTestId('campaign-status-11').textContent).toBe('进行中');
    // A draft has no numbers yet, and goes live or ends; a running one pauses or ends.
    expect(screen.queryByTestId('campaign-stats-12')).toBeNull();
    expect(screen.getByTestId('campaign-12-move-active').textContent).toBe('上线');
    expect(screen.queryByTestId('campaign-11-move-active')).toBeNull();

    // 暂停 can be undone: a quiet button; only 结束 (for good) wears the warning colour.
    expect(screen.getByTestId('campaign-11-move-paused').className).toContain('submit-button--plain');
    expect(screen.getByTestId('campaign-11-move-paused').className).not.toContain('mk-danger');
    expect(screen.getByTestId('campaign-11-move-ended').className).toContain('mk-danger');
    fireEvent.click(screen.getByTestId('campaign-11-move-paused'));
    await waitFor(() => expect(screen.getByTestId('campaign-status-11').textContent).toBe('已暂停'));
    expect(moves).toEqual([{ status: 'paused' }]);
    expect(screen.getByTestId('campaign-11-move-active').textContent).toBe('恢复');
  });

  it('asks before ending a campaign for good, and does nothing when the marketer says no', async () => {
    signInMarketer();
    let ended = 0;
    routeRequests({
      'GET /admin/groupbuy-campaigns': () => ok({ items: [campaignView()], nextCursor: null }),
      'GET /admin/groupbuy-campaigns/11/stats': () => ok(campaignStats()),
      'POST /admin/groupbuy-campaigns/11/status': () => {
        ended += 1;
        return ok(campaignView({ status: 'ended' }));
      },
    });
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<CampaignsPage />);
    fireEvent.click(await screen.findByTestId('campaign-11-move-ended'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(ended).toBe(0);
    fireEvent.click(screen.getByTestId('campaign-11-move-ended'));
    await waitFor(() => expect(screen.getByTestId('campaign-status-11').textContent).toBe('已结束'));
    expect(ended).toBe(1);
    expect(screen.queryByTestId('campaign-11-move-paused')).toBeNull();
  });

  it('filters by status', async () => {
    signInMarketer();
    const asked: (string | null)[] = [];
    routeRequests({
      'GET /admin/groupbuy-campaigns': (request: MockRequest) => {
        asked.push(new URL(request.url, 'http://x').searchParams.get('status'));
        return ok({ items: [], nextCursor: null });
      },
    });
    render(<CampaignsPage />);
    expect((await screen.findByText('还没有拼团活动')).textContent).toBe('还没有拼团活动');
    fireEvent.click(screen.getByTestId('campaign-filter-paused'));
    await waitFor(() => expect(asked).toEqual([null, 'paused']));
    // None under one status is not "none at all": the way forward is every campaign.
    expect((await screen.findByTestId('empty-state')).textContent).toContain('没有已暂停的拼团活动');
    fireEvent.click(screen.getByText('查看全部拼团活动'));
    await waitFor(() => expect(asked).toEqual([null, 'paused', null]));
  });

  it('offers a first campaign when there is none', async () => {
    signInMarketer();
    routeRequests({ 'GET /admin/groupbuy-campaigns': () => ok({ items: [], nextCursor: null }) });
    render(<CampaignsPage />);
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('还没有拼团活动');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    fireEvent.click(within(empty).getByText('新建拼团活动'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/campaign-new/index' });
  });

  it('says 网络异常 when the list cannot be reached, never "no campaigns", and lists them after 重新加载', async () => {
    signInMarketer();
    let online = false;
    routeRequests({
      'GET /admin/groupbuy-campaigns': () => (online ? ok({ items: [campaignView()], nextCursor: null }) : offline()),
      'GET /admin/groupbuy-campaigns/11/stats': () => ok(campaignStats()),
    });
    render(<CampaignsPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('还没有拼团活动')).toBeNull();
    // The new button still works while the list is down.
    expect(screen.getByTestId('campaign-new')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findByTestId('campaign-11')).toBeTruthy();
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it("keeps a campaign's card when its numbers cannot be read, and reads them again on 重新加载", async () => {
    signInMarketer();
    let statsUp = false;
    routeRequests({
      'GET /admin/groupbuy-campaigns': () => ok({ items: [campaignView()], nextCursor: null }),
      'GET /admin/groupbuy-campaigns/11/stats': () => (statsUp ? ok(campaignStats()) : failure(500, 'INTERNAL', 'boom')),
    });
    render(<CampaignsPage />);
    const failed = await screen.findByTestId('campaign-stats-11-failed');
    expect(failed.textContent).toContain('加载失败，点击重试');
    expect(screen.getByTestId('campaign-11-move-paused')).toBeTruthy();
    statsUp = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findByTestId('campaign-stats-11-rate')).textContent).toContain('66.66%');
  });
});
