import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offline } from '../../../../test/fixtures';
import { routeRequests, type MockResponse } from '../../../../test/mocks/taro';
import { failure, member, ok } from '../testing/fixtures';
import MemberCentrePage from './index';

const pointsEntry = { id: 1, delta: 120, kind: 'earn', orderId: 12, reference: 'order 12 paid', expiresAt: null, createdAt: '2026-11-20T08:00:00.000Z' };

function serveMember(codes: string[]) {
  let issued = 0;
  routeRequests({
    'GET /members/me': () => ok(member()),
    'GET /members/me/points': () => ok({ balance: 320, items: [pointsEntry], nextCursor: null }),
    'GET /members/me/code': () => {
      const n = Math.min(issued++, codes.length - 1);
      return ok({ code: codes[n], digits: `83721945063${n}`, expiresAt: new Date(Date.now() + 60_000).toISOString() });
    },
  });
}

describe('会员中心', () => {
  afterEach(() => vi.useRealTimers());

  it('shows tier, growth to the next tier, benefits, points and the member QR code', async () => {
    serveMember(['code-one']);
    render(<MemberCentrePage />);

    expect((await screen.findByTestId('tier-name')).textContent).toBe('银卡');
    expect(screen.getByTestId('growth-text').textContent).toBe('再获得 3500 成长值升级为金卡');
    expect(screen.getByText('会员折扣 9.8折')).toBeTruthy();
    expect(screen.getByTestId('points-balance').textContent).toBe('320');
    expect(await screen.findByText('购物获得 · 订单 12')).toBeTruthy();
    const qr = (await screen.findByTestId('member-qr')) as HTMLImageElement;
    expect(qr.src).toMatch(/^data:image\/svg\+xml;base64,/);
    // The digits under the QR, in fours for reading aloud, and how long they stay valid.
    expect(screen.getByTestId('member-code-digits').textContent).toBe('8372 1945 0630');
    expect(screen.getByTestId('member-code-refresh').textContent).toMatch(/^(60|59) 秒后自动刷新/);
  });

  it('replaces the member code before it expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    serveMember(['code-one', 'code-two']);
    render(<MemberCentrePage />);
    const first = ((await screen.findByTestId('member-qr')) as HTMLImageElement).src;

    await act(async () => {
      await vi.advanceTimersByTimeAsync(56_000);
    });
    await waitFor(() => expect((screen.getByTestId('member-qr') as HTMLImageElement).src).not.toBe(first));
    expect(screen.getByTestId('member-code-digits').textContent).toBe('8372 1945 0631');
  });
});

describe('会员中心 states', () => {
  it('says 网络异常 with 重新加载 when the member cannot be loaded, without a toast on top, and shows the centre on retry', async () => {
    let down = true;
    const unlessDown = (answer: () => MockResponse) => () => (down ? offline() : answer());
    routeRequests({
      'GET /members/me': unlessDown(() => ok(member())),
      'GET /members/me/points': unlessDown(() => ok({ balance: 320, items: [pointsEntry], nextCursor: null })),
      'GET /members/me/code': unlessDown(() => ok({ code: 'c', digits: '837219450630', expiresAt: new Date(Date.now() + 60_000).toISOString() })),
    });
    render(<MemberCentrePage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络异常，点击重试');
    await waitFor(() => expect(Taro.request).toHaveBeenCalledTimes(2));
    expect(Taro.showToast).not.toHaveBeenCalled();

    down = false;
    await act(async () => void fireEvent.click(screen.getByText('重新加载')));
    expect((await screen.findByTestId('tier-name')).textContent).toBe('银卡');
  });

  it('says 加载失败 for a server error, and still shows the centre when only the recent points fail', async () => {
    routeRequests({ 'GET /members/me': () => failure(500, 'INTERNAL', 'boom') });
    const { unmount } = render(<MemberCentrePage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('加载失败，点击重试');
    unmount();

    routeRequests({
      'GET /members/me': () => ok(member()),
      'GET /members/me/points': () => failure(503, 'SERVICE_UNAVAILABLE', 'busy'),
      'GET /members/me/code': () => ok({ code: 'c', digits: '837219450630', expiresAt: new Date(Date.now() + 60_000).toISOString() }),
    });
    render(<MemberCentrePage />);
    expect((await screen.findByTestId('points-balance')).textContent).toBe('320');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});

