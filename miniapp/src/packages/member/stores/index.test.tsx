import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it, vi } from 'vitest';
import { routeRequests } from '../../../../test/mocks/taro';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import { ok, queryOf, store } from '../testing/fixtures';
import StoresPage from './index';

describe('门店', () => {
  it('asks the server with the user’s position and shows stores nearest first with their distance', async () => {
    const asked: { lat: string | null; lng: string | null }[] = [];
    routeRequests({
      'GET /stores': (request) => {
        const [lat, lng] = [queryOf(request.url, 'lat'), queryOf(request.url, 'lng')];
        asked.push({ lat, lng });
        return ok(lat ? [store({ id: 2, name: '栖行 徐汇武康路体验店', distanceMeters: 850 }), store({ id: 1, distanceMeters: 4200 })] : [store({ id: 1 }), store({ id: 2, name: '栖行 徐汇武康路体验店' })]);
      },
    });
    render(<StoresPage />);

    await waitFor(() => expect(screen.getByTestId('store-distance-2').textContent).toBe('850m'));
    expect(screen.getByTestId('store-distance-1').textContent).toBe('4.2km');
    expect(asked.at(-1)).toEqual({ lat: '31.23', lng: '121.47' });
  });

  it('still lists the stores when the user declines location', async () => {
    vi.mocked(Taro.getLocation).mockRejectedValueOnce(new Error('getLocation:fail auth deny'));
    routeRequests({ 'GET /stores': () => ok([store({ id: 1 })]) });
    render(<StoresPage />);
    expect(await screen.findByText('开启定位后，可按距离由近到远查看门店')).toBeTruthy();
    expect(screen.getByTestId('store-1')).toBeTruthy();
  });

  it('calls, navigates, or opens the store without the card tap getting in the way', async () => {
    routeRequests({ 'GET /stores': () => ok([store({ id: 1 })]) });
    render(<StoresPage />);
    fireEvent.click(await screen.findByTestId('store-call-1'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '021-62583316' });
    fireEvent.click(screen.getByTestId('store-go-1'));
    expect(Taro.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 31.2293, longitude: 121.4481 }));
    expect(Taro.navigateTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('store-1'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${MEMBER_PAGES.store}?id=1` });
  });

  it('到这里去 on H5 opens the Amap marker page at the store', async () => {
    process.env.TARO_ENV = 'h5';
    const open = vi.spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window);
    routeRequests({ 'GET /stores': () => ok([store({ id: 1 })]) });
    render(<StoresPage />);
    fireEvent.click(await screen.findByTestId('store-go-1'));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=121\.4481,31\.2293&name=/), '_blank');
    expect(Taro.openLocation).not.toHaveBeenCalled();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    open.mockRestore();
  });
});
