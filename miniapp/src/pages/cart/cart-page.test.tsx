import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cartLine as line, cartView as cartOf, signInMember as signIn } from '../../../test/fixtures';
import Taro, { routeRequests } from '../../../test/mocks/taro';
import CartPage from './index';

describe('cart page', () => {
  it('asks a signed-out visitor to log in', () => {
    render(<CartPage />);
    expect(screen.getByText('登录后查看购物车')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index?redirect=%2Fpages%2Fcart%2Findex' });
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

  it('says 网络异常 with 重新加载 when the cart cannot be loaded, never the empty cart nor a toast, and shows it on retry', async () => {
    signIn();
    let down = true;
    routeRequests({
      'GET /cart': () => {
        if (down) throw new Error('request:fail');
        return { statusCode: 200, data: cartOf([line(1, {})]) };
      },
    });
    render(<CartPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByTestId('cart-empty')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('¥60.00'));
  });
});
