import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Taro, { routeRequests } from '../../../../test/mocks/taro';
import { failure, offline, ok, signInStaff, teeDetail } from '../testing/fixtures';
import { SkuList } from './SkuList';

describe('SkuList', () => {
  beforeEach(() => {
    signInStaff();
  });

  it('shows 样品 N beside the stocks where this store has try-on samples', async () => {
    routeRequests({
      'GET /products/2': () => ok(teeDetail()),
      'GET /staff/display-samples': () => ok([{ skuId: 201, units: 0 }, { skuId: 202, units: 2 }]),
    });
    render(<SkuList productId={2} storeId={1} onAdd={vi.fn()} />);
    const rows = await screen.findAllByTestId('sku-row');
    expect(within(rows[0]!).queryByTestId('sku-samples')).toBeNull();
    expect(within(rows[1]!).getByTestId('sku-samples').textContent).toBe('样品 2');
    // Samples are never for sale: the SKU with nothing on the shelf stays 无货.
    expect(within(rows[1]!).getByTestId('sku-add').textContent).toBe('无货');
    const asked = Taro.request.mock.calls.map(([request]) => request.url).find((url: string) => url.includes('/staff/display-samples'));
    expect(decodeURIComponent(asked ?? '')).toContain('skuIds=201,202');
  });

  it('still lists the SKUs, quietly, when the samples cannot be read', async () => {
    routeRequests({ 'GET /products/2': () => ok(teeDetail()) });
    render(<SkuList productId={2} storeId={1} onAdd={vi.fn()} />);
    const rows = await screen.findAllByTestId('sku-row');
    expect(rows).toHaveLength(2);
    expect(screen.queryByTestId('sku-samples')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('says 网络异常 in place of the SKUs when the product cannot be reached, and lists them after 重新加载', async () => {
    let online = false;
    routeRequests({ 'GET /products/2': () => (online ? ok(teeDetail()) : offline()), 'GET /staff/display-samples': () => ok([]) });
    render(<SkuList productId={2} storeId={1} onAdd={vi.fn()} />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findAllByTestId('sku-row')).toHaveLength(2);
  });

  it('says 商品已下架 for a product taken off the shop since the search', async () => {
    routeRequests({ 'GET /products/2': () => failure(404, 'NOT_FOUND', 'Product not found') });
    render(<SkuList productId={2} storeId={1} onAdd={vi.fn()} />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('商品已下架');
  });
});
