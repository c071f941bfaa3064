import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { describe, expect, it, vi } from 'vitest';
import { routeRequests, setRouterParams } from '../../../../test/mocks/taro';
import { addressView, ok, signInMember } from '../../../../test/fixtures';
import AddressEditPage from './index';

function serveAddresses() {
  const writes: { route: string; body: unknown }[] = [];
  routeRequests({
    'GET /addresses/7': () => ok(addressView(7)),
    'POST /addresses': (request) => (writes.push({ route: 'POST /addresses', body: request.data }), ok(addressView(8, request.data as object), 201)),
    'PATCH /addresses/7': (request) => (writes.push({ route: 'PATCH /addresses/7', body: request.data }), ok(addressView(7, request.data as object))),
  });
  return writes;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const pickOption = (name: string) => fireEvent.click(screen.getAllByTestId('region-option').find((row) => row.textContent === name)!);
const toasted = (title: string) => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title }));

describe('新增/编辑收货地址', () => {
  it('asks for the region before saving, then saves the names picked in the sheet', async () => {
    signInMember();
    const writes = serveAddresses();
    render(<AddressEditPage />);
    type('address-recipientName', '王五');
    type('address-phone', '13700000000');
    type('address-detail', '文三路 90 号');
    expect(screen.getByTestId('address-region').textContent).toContain('省、市、区县');

    fireEvent.click(screen.getByTestId('save-address'));
    await waitFor(() => toasted('请选择所在地区'));
    expect(writes).toEqual([]);

    fireEvent.click(screen.getByTestId('address-region'));
    pickOption('浙江省');
    pickOption('杭州市');
    pickOption('西湖区');
    expect(screen.queryByTestId('region-sheet')).toBeNull();
    expect(screen.getByTestId('address-region').textContent).toContain('浙江省 杭州市 西湖区');

    fireEvent.click(screen.getByTestId('save-address'));
    await waitFor(() => expect(writes).toEqual([{ route: 'POST /addresses', body: expect.objectContaining({ recipientName: '王五', province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 90 号' }) }]));
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
  });

  it('opens the sheet on an existing address’s region and saves a new district', async () => {
    signInMember();
    setRouterParams({ id: '7' });
    const writes = serveAddresses();
    render(<AddressEditPage />);
    await waitFor(() => expect(screen.getByTestId('address-region').textContent).toContain('上海市 上海市 静安区'));

    fireEvent.click(screen.getByTestId('address-region'));
    expect(screen.getByTestId('region-tab-2').className).toContain('--on');
    expect(screen.getAllByTestId('region-option').filter((row) => row.className.includes('--on')).map((row) => row.textContent)).toEqual(['静安区']);
    pickOption('徐汇区');

    fireEvent.click(screen.getByTestId('save-address'));
    await waitFor(() => expect(writes).toEqual([{ route: 'PATCH /addresses/7', body: expect.objectContaining({ province: '上海市', city: '上海市', district: '徐汇区' }) }]));
  });

  it('has no WeChat import outside the mini-program', () => {
    process.env.TARO_ENV = 'h5';
    render(<AddressEditPage />);
    expect(screen.queryByTestId('wechat-import')).toBeNull();
  });
});

describe('从微信导入 (weapp)', () => {
  const wechatAddress = { userName: '李四', telNumber: '13900000000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', detailInfo: '新港中路 397 号' };
  const chooseAddressAnswers = (answer: Partial<typeof wechatAddress>) =>
    vi.mocked(Taro.chooseAddress).mockResolvedValueOnce({ ...wechatAddress, ...answer, postalCode: '', streetName: '', detailInfoNew: '', nationalCode: '', errMsg: 'chooseAddress:ok' });

  it('fills the form from WeChat’s address', async () => {
    process.env.TARO_ENV = 'weapp';
    chooseAddressAnswers({});
    render(<AddressEditPage />);
    fireEvent.click(screen.getByTestId('wechat-import'));
    await waitFor(() => expect(screen.getByTestId('address-region').textContent).toContain('广东省 广州市 海珠区'));
    expect(screen.getByTestId('address-recipientName')).toHaveProperty('value', '李四');
    expect(screen.getByTestId('address-phone')).toHaveProperty('value', '13900000000');
    expect(screen.getByTestId('address-detail')).toHaveProperty('value', '新港中路 397 号');
    expect(screen.queryByTestId('region-repick')).toBeNull();
  });

  it('keeps a region it does not know as text and asks for it to be picked again', async () => {
    process.env.TARO_ENV = 'weapp';
    signInMember();
    const writes = serveAddresses();
    chooseAddressAnswers({ countyName: '新设区' });
    render(<AddressEditPage />);
    fireEvent.click(screen.getByTestId('wechat-import'));
    await waitFor(() => expect(screen.getByTestId('address-region').textContent).toContain('广东省 广州市 新设区'));
    toasted('请重新选择所在地区');
    expect(screen.getByTestId('region-repick').textContent).toContain('请选择所在地区');

    fireEvent.click(screen.getByTestId('save-address'));
    await waitFor(() => toasted('请选择所在地区'));
    expect(writes).toEqual([]);

    // The sheet opens where the names stop resolving: 广州市's districts.
    fireEvent.click(screen.getByTestId('address-region'));
    expect(screen.getByTestId('region-tab-1').textContent).toBe('广州市');
    pickOption('海珠区');
    expect(screen.queryByTestId('region-repick')).toBeNull();
  });

  it('says nothing when the shopper closes WeChat’s picker, and a word when WeChat refuses', async () => {
    process.env.TARO_ENV = 'weapp';
    vi.mocked(Taro.chooseAddress).mockRejectedValueOnce({ errMsg: 'chooseAddress:fail cancel' }).mockRejectedValueOnce({ errMsg: 'chooseAddress:fail auth deny' });
    render(<AddressEditPage />);
    fireEvent.click(screen.getByTestId('wechat-import'));
    await waitFor(() => expect(Taro.chooseAddress).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Taro.showToast).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('wechat-import'));
    await waitFor(() => toasted('未能读取微信收货地址，请手动填写'));
  });
});
