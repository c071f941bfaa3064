import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { failure, ok, store } from '../testing/fixtures';
import StorePage from './index';

describe('门店详情 states', () => {
  it('says 门店不存在或已停业 for a 404 and for a link without an id, with a way to all stores', async () => {
    setRouterParams({ id: '9' });
    routeRequests({ 'GET /stores/9': () => failure(404, 'NOT_FOUND', '门店不存在') });
    const { unmount } = render(<StorePage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('门店不存在或已停业');
    fireEvent.click(screen.getByText('查看全部门店'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/member/stores/index' });
    unmount();

    setRouterParams({});
    render(<StorePage />);
    expect((await screen.findByTestId('not-found')).textContent).toContain('门店不存在或已停业');
  });

  it('says 网络异常 (not 不存在) when offline, and shows the store on retry', async () => {
    setRouterParams({ id: '1' });
    let down = true;
    routeRequests({
      'GET /stores/1': () => {
        if (down) throw new Error('request:fail');
        return ok(store());
      },
    });
    render(<StorePage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('门店不存在或已停业')).toBeNull();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect(await screen.findByTestId('store-detail')).toBeTruthy();
  });
});
