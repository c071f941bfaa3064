import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType, ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { routeRequests } from '../../../../test/mocks/taro';
import { failure, member, ok } from '../testing/fixtures';
import ProfilePage from './index';

vi.mock('@tarojs/components', async (importOriginal) => {
  const components = await importOriginal<typeof import('../../../../test/mocks/components')>();
  const MockButton = components.Button as ComponentType<Record<string, unknown>>;
  /** Taro's Picker as a plain date input; WeChat's getPhoneNumber button as one that reports a code. */
  const Picker = ({ children, onChange }: { children: ReactNode; onChange: (e: { detail: { value: string } }) => void }) => (
    <label>
      {children}
      <input data-testid='birthday-picker' type='date' onChange={(e) => onChange({ detail: { value: e.target.value } })} />
    </label>
  );
  const Button = (props: { openType?: string; onGetPhoneNumber?: (e: { detail: { code?: string; errMsg: string } }) => void; children?: ReactNode; 'data-testid'?: string }) =>
    props.openType === 'getPhoneNumber' ? (
      <button type='button' data-testid={props['data-testid']} onClick={() => props.onGetPhoneNumber?.({ detail: { code: 'wx-phone-code', errMsg: 'getPhoneNumber:ok' } })}>
        {props.children}
      </button>
    ) : (
      <MockButton {...props} />
    );
  return { ...components, Picker, Button };
});

function serveProfile(overrides: Record<string, (request: { data?: unknown }) => { statusCode: number; data: unknown }> = {}) {
  let current = member({ birthday: '1990-05-01' });
  const writes: { route: string; body: unknown }[] = [];
  routeRequests({
    'GET /members/me': () => ok(current),
    'PATCH /members/me': (request) => {
      writes.push({ route: 'PATCH /members/me', body: request.data });
      current = { ...current, ...(request.data as object) };
      return ok(current);
    },
    'POST /members/me/phone': (request) => {
      writes.push({ route: 'POST /members/me/phone', body: request.data });
      current = { ...current, phone: '13800138000' };
      return ok({ phone: '13800138000' });
    },
    'POST /members/me/consents': (request) => (writes.push({ route: 'POST /members/me/consents', body: request.data }), ok({ id: 1, createdAt: '', ...(request.data as object) }, 201)),
    ...overrides,
  });
  return writes;
}

describe('个人资料', () => {
  it('saves only the fields that changed', async () => {
    const writes = serveProfile();
    render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('profile-nickname'), { target: { value: '阿栖' } });
    fireEvent.change(screen.getByTestId('birthday-picker'), { target: { value: '1991-02-03' } });
    fireEvent.click(screen.getByTestId('profile-save'));

    await waitFor(() => expect(writes).toEqual([{ route: 'PATCH /members/me', body: { nickname: '阿栖', birthday: '1991-02-03' } }]));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '资料已保存' }));
  });

  it('refuses an invalid avatar link before calling the server', async () => {
    const writes = serveProfile();
    render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('profile-avatar'), { target: { value: 'not a link' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '头像地址需为 https:// 开头的链接' })));
    expect(writes).toEqual([]);
  });

  it('binds a phone on H5 through the development field and shows it masked', async () => {
    process.env.TARO_ENV = 'h5';
    const writes = serveProfile();
    render(<ProfilePage />);
    expect((await screen.findByTestId('profile-phone')).textContent).toBe('未绑定');
    expect(screen.queryByTestId('phone-wechat')).toBeNull();

    fireEvent.change(screen.getByTestId('phone-dev-input'), { target: { value: '13800138000' } });
    fireEvent.click(screen.getByTestId('phone-dev-submit'));
    await waitFor(() => expect(screen.getByTestId('profile-phone').textContent).toBe('138****8000'));
    expect(writes).toEqual([{ route: 'POST /members/me/phone', body: { code: 'test:13800138000' } }]);
  });

  it('binds a phone on weapp with the code of WeChat’s getPhoneNumber button', async () => {
    const writes = serveProfile();
    render(<ProfilePage />);
    fireEvent.click(await screen.findByTestId('phone-wechat'));
    await waitFor(() => expect(writes).toEqual([{ route: 'POST /members/me/phone', body: { code: 'wx-phone-code' } }]));
    expect(screen.queryByTestId('phone-dev-input')).toBeNull();
  });

  it('shows the server’s message when the phone belongs to another member', async () => {
    process.env.TARO_ENV = 'h5';
    serveProfile({ 'POST /members/me/phone': () => failure(409, 'PHONE_IN_USE', '该手机号已绑定其他会员') });
    render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('phone-dev-input'), { target: { value: '13900139000' } });
    fireEvent.click(screen.getByTestId('phone-dev-submit'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该手机号已绑定其他会员' })));
    expect(screen.getByTestId('profile-phone').textContent).toBe('未绑定');
  });

  it('records a consent with the policy version and puts the switch back when that fails', async () => {
    const writes = serveProfile();
    render(<ProfilePage />);
    const marketing = (await screen.findByTestId('consent-marketing')) as HTMLInputElement;
    fireEvent.click(marketing);
    await waitFor(() => expect(writes).toEqual([{ route: 'POST /members/me/consents', body: { kind: 'marketing', granted: true, version: '2026-11' } }]));
    expect(marketing.checked).toBe(true);

    serveProfile({ 'POST /members/me/consents': () => failure(503, 'SERVICE_UNAVAILABLE', 'down') });
    fireEvent.click(marketing);
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '服务繁忙，请稍后再试' })));
    expect(marketing.checked).toBe(true);
  });
});
