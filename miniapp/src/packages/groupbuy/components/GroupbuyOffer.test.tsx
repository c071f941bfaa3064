import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests } from '../../../../test/mocks/taro';
import { group, member, offer, ok, product } from '../testing/fixtures';
import { GroupbuyOffer } from './GroupbuyOffer';

describe('GroupbuyOffer (product page)', () => {
  it('shows the group price beside the single price, 发起拼团 and the groups to join', async () => {
    const groups = [31, 32, 33].map((id) => group({ id, members: [member(`团长${id}`, { isLeader: true })] }));
    routeRequests({ 'GET /products/2/groupbuy': () => ok({ offers: [offer({ leaderDiscount: 500, formMinutes: 30 })], openGroups: groups }) });
    render(<GroupbuyOffer product={product()} />);

    const campaign = await screen.findByTestId('groupbuy-campaign-9');
    expect(campaign.textContent).toContain('2人团');
    expect(screen.getByTestId('groupbuy-price-9').textContent).toBe('¥99.00');
    expect(campaign.textContent).toContain('单买 ¥159.00');
    expect(campaign.textContent).toContain('团长再减 ¥5.00 · 30分钟内成团');

    // Two groups at first, the rest on demand.
    expect(screen.getByText('3 个团正在拼，可直接参与')).toBeTruthy();
    expect(screen.getByTestId('open-group-31').textContent).toContain('团长31还差 1 人');
    expect(screen.queryByTestId('open-group-33')).toBeNull();
    fireEvent.click(screen.getByText('查看全部 ›'));
    fireEvent.click(screen.getByTestId('open-group-33'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/group/index?id=33' });

    fireEvent.click(screen.getByTestId('groupbuy-start-9'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/groupbuy/start/index?campaignId=9&productId=2' });
  });

  it('shows nothing for a product without a campaign, or when the call fails', async () => {
    routeRequests({ 'GET /products/2/groupbuy': () => ok({ offers: [], openGroups: [] }) });
    const { container, unmount } = render(<GroupbuyOffer product={product()} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.innerHTML).toBe('');
    unmount();

    routeRequests({});
    const failed = render(<GroupbuyOffer product={product()} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failed.container.innerHTML).toBe('');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
