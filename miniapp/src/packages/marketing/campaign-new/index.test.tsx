import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { campaignView, failure, ok, productDetail, signInMarketer, skuView } from '../testing/fixtures';
import NewCampaignPage from './index';

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

function shopRoutes(created: unknown[], statuses: unknown[], create = (request: MockRequest) => ok(campaignView({ status: 'draft', ...(request.data as object) }))) {
  routeRequests({
    'GET /products': () => ok({ items: [{ id: 2, categoryId: 1, title: '重磅纯棉圆领T恤', subtitle: '', image: null, minPrice: 15900, minMemberPrice: null, sales: 1, inStock: true }], nextCursor: null }),
    'GET /products/2': () => ok(productDetail({ specs: [{ name: '颜色', values: ['本白', '橄榄绿'] }], skus: [skuView(201, { 颜色: '本白' }, 40), skuView(202, { 颜色: '橄榄绿' }, 8)] })),
    'POST /admin/groupbuy-campaigns': (request) => {
      created.push(request.data);
      return create(request);
    },
    'POST /admin/groupbuy-campaigns/11/status': (request) => {
      statuses.push(request.data);
      return ok(campaignView());
    },
  });
}

async function pickTee() {
  type('campaign-product-keyword', 'T恤');
  fireEvent.click(screen.getByTestId('campaign-product-search'));
  fireEvent.click(await screen.findByTestId('campaign-product-2'));
  await screen.findByTestId('campaign-sku-201');
}

describe('新建拼团活动', () => {
  it('creates a campaign from a picked product and goes live', async () => {
    signInMarketer();
    const created: unknown[] = [];
    const statuses: unknown[] = [];
    shopRoutes(created, statuses);
    render(<NewCampaignPage />);
    await pickTee();
    expect(screen.getByTestId('campaign-product-chosen').textContent).toBe('重磅纯棉圆领T恤');
    fireEvent.click(screen.getByTestId('campaign-sku-201-include'));
    type('campaign-sku-201-price', '99.9');
    type('campaign-sku-201-cap', '30');
    type('campaign-size-input', '3');
    fireEvent.click(screen.getByTestId('campaign-new-members-yes'));
    type('campaign-leader-input', '10');
    fireEvent.click(screen.getByTestId('campaign-submit-live'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/campaigns/index' }));
    expect(created).toEqual([expect.objectContaining({ name: '重磅纯棉圆领T恤 拼团', productId: 2, groupSize: 3, formMinutes: 1440, newMembersOnly: true, leaderDiscount: 1000, skus: [{ skuId: 201, groupPrice: 9990, stockCap: 30 }] })]);
    expect(statuses).toEqual([{ status: 'active' }]);
  });

  it('shows what to fix beside each field and sends nothing', async () => {
    signInMarketer();
    const created: unknown[] = [];
    shopRoutes(created, []);
    render(<NewCampaignPage />);
    fireEvent.click(screen.getByTestId('campaign-submit-draft'));
    expect((await screen.findByTestId('campaign-product-error')).textContent).toBe('请选择参团商品');
    await pickTee();
    fireEvent.click(screen.getByTestId('campaign-sku-202-include'));
    type('campaign-sku-202-price', '200');
    type('campaign-size-input', '1');
    fireEvent.click(screen.getByTestId('campaign-submit-draft'));
    expect((await screen.findByTestId('campaign-skus-error')).textContent).toBe('橄榄绿：拼团价必须低于原价');
    expect(screen.getByTestId('campaign-size-error').textContent).toBe('成团人数为 2 到 50 人');
    expect(screen.queryByTestId('campaign-product-error')).toBeNull();
    expect(created).toEqual([]);
  });

  it("drops a field's problem as soon as the field is edited, and checks again on submit", async () => {
    signInMarketer();
    shopRoutes([], []);
    render(<NewCampaignPage />);
    await pickTee();
    fireEvent.click(screen.getByTestId('campaign-sku-201-include'));
    type('campaign-name-input', ' ');
    type('campaign-size-input', '1');
    fireEvent.click(screen.getByTestId('campaign-submit-draft'));
    expect((await screen.findByTestId('campaign-skus-error')).textContent).toBe('本白：请填写拼团价');
    expect(screen.getByTestId('campaign-name-error').textContent).toBe('请填写活动名称');

    type('campaign-sku-201-price', '99');
    expect(screen.queryByTestId('campaign-skus-error')).toBeNull();
    type('campaign-size-input', '3');
    expect(screen.queryByTestId('campaign-size-error')).toBeNull();
    // Not touched, still to fix.
    expect(screen.getByTestId('campaign-name-error').textContent).toBe('请填写活动名称');

    type('campaign-sku-201-price', '999');
    fireEvent.click(screen.getByTestId('campaign-submit-draft'));
    expect((await screen.findByTestId('campaign-skus-error')).textContent).toBe('本白：拼团价必须低于原价');
  });

  it("labels each SKU's 拼团价 and 限量 boxes, on screen and by name", async () => {
    signInMarketer();
    shopRoutes([], []);
    render(<NewCampaignPage />);
    await pickTee();
    fireEvent.click(screen.getByTestId('campaign-sku-201-include'));
    fireEvent.click(screen.getByTestId('campaign-sku-202-include'));
    const row = screen.getByTestId('campaign-sku-202');
    expect(row.textContent).toContain('拼团价');
    expect(row.textContent).toContain('限量');
    // Each box is named after its SKU, so two rows' boxes are told apart.
    expect(screen.getByRole('textbox', { name: '橄榄绿 拼团价' })).toBe(screen.getByTestId('campaign-sku-202-price'));
    expect(screen.getByRole('textbox', { name: '橄榄绿 限量' })).toBe(screen.getByTestId('campaign-sku-202-cap'));
    expect(screen.getByRole('textbox', { name: '本白 拼团价' })).toBe(screen.getByTestId('campaign-sku-201-price'));
  });

  it("keeps the form and shows the server's reason when it refuses", async () => {
    signInMarketer();
    const statuses: unknown[] = [];
    shopRoutes([], statuses, () => failure(422, 'VALIDATION_FAILED', '拼团价必须低于原价'));
    render(<NewCampaignPage />);
    await pickTee();
    fireEvent.click(screen.getByTestId('campaign-sku-201-include'));
    type('campaign-sku-201-price', '99');
    fireEvent.click(screen.getByTestId('campaign-submit-live'));
    expect((await screen.findByTestId('campaign-problem')).textContent).toBe('拼团价必须低于原价');
    expect(statuses).toEqual([]);
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect((screen.getByTestId('campaign-sku-201-price') as HTMLInputElement).value).toBe('99');
  });
});
