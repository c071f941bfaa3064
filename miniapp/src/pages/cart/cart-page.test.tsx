import type { CartLineView, CartView } from '@shop/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests } from '../../../test/mocks/taro';
import { saveSession } from '../../lib/session';
import CartPage from './index';

const line = (id: number, extra: Partial<CartLineView>): CartLineView => ({ id, skuId: id, productId: id, categoryId: 1, title: `商品${id}`, specText: '颜色:黑', image: null, qty: 1, selected: true, price: 5000, memberPrice: null, available: 9, problem: null, ...extra }) as CartLineView;

function cartOf(lines: CartLineView[]): CartView {
  const live = lines.filter((l) => l.selected && !l.problem);
  const items = live.reduce((sum, l) => sum + l.price * l.qty, 0);
  return { lines, selectedCount: live.reduce((n, l) => n + l.qty, 0), itemsTotal: items, discountTotal: 0, shippingFee: items >= 9900 || items === 0 ? 0 : 1000, payableTotal: items + (items >= 9900 || items === 0 ? 0 : 1000), freeShippingThreshold: 9900 } as CartView;
}

function signIn() {
  saveSession({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), roles: ['consumer'], member: { id: 1, nickname: 'a', avatarUrl: null, isNew: false } });
}

describe('cart page', () => {
  it('asks a signed-out visitor to log in', () => {
    render(<CartPage />);
    expect(screen.getByText('登录后查看购物车')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('shows the server totals, flags problem lines and re-prices on a quantity change', async () => {
    signIn();
    let lines = [line(1, {}), line(2, { problem: 'off_shelf', selected: false })];
    routeRequests({
      'GET /cart': () => ({ statusCode: 200, data: cartOf(lines) }),
      'PATCH /cart/items/1': (request) => {
        lines = [{ ...lines[0]!, qty: (request.data as { qty: number }).qty }, lines[1]!];
        return { statusCode: 200, data: cartOf(lines) };
      },
    });
    render(<CartPage />);
    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('¥60.00'));
    expect(screen.getByText('已下架')).toBeTruthy();
    expect(screen.getByText(/再买 ¥49.00 即可免运费/)).toBeTruthy();
    expect(screen.getByTestId('cart-checkout').textContent).toBe('去结算(1)');

    await act(async () => void fireEvent.click(screen.getAllByTestId('qty-plus')[0]!));
    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('¥100.00'));
    expect(screen.queryByText(/免运费，去凑单/)).toBeNull();
  });

  it('offers a way forward when the cart is empty', async () => {
    signIn();
    routeRequests({ 'GET /cart': () => ({ statusCode: 200, data: cartOf([]) }) });
    render(<CartPage />);
    await waitFor(() => expect(screen.getByTestId('cart-empty')).toBeTruthy());
    fireEvent.click(screen.getByText('去逛逛'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});
