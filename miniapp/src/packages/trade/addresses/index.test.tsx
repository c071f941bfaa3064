import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { addressView, ok, signInMember } from '../../../../test/fixtures';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import AddressesPage from './index';

describe('收货地址 states', () => {
  it('says 网络异常 (not 还没有收货地址) when the list cannot be loaded, without a toast on top, and shows it on retry', async () => {
    signInMember();
    setRouterParams({});
    let down = true;
    routeRequests({
      'GET /addresses': () => {
        if (down) throw new Error('request:fail');
        return ok({ items: [addressView(7)] });
      },
    });
    render(<AddressesPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('还没有收货地址')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect(await screen.findByTestId('address-card')).toBeTruthy();
  });

  it('offers to add the first address when there is none', async () => {
    signInMember();
    setRouterParams({});
    routeRequests({ 'GET /addresses': () => ok({ items: [] }) });
    render(<AddressesPage />);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有收货地址');
    expect(screen.getByTestId('add-address')).toBeTruthy();
  });
});
