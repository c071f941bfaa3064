import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { StaffPickupLookupView } from '@shop/shared';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests } from '../../../../test/mocks/taro';
import { failure, member, offline, ok, order, signInStaff } from '../testing/fixtures';
import PickupPage from './index';

const waiting = order({ id: 95, orderNo: '2026112310000095', status: 'awaiting_pickup', statusLabel: '待自提', paidAt: '2026-11-23T02:01:00.000Z', fulfillment: { ...order().fulfillment, type: 'pickup' } });
const found = (fields: Partial<StaffPickupLookupView> = {}): StaffPickupLookupView => ({ order: waiting, member: member({ nickname: '小栖', phone: '138****8000' }), canVerify: true, blockedReason: null, ...fields });

type Answer = () => ReturnType<typeof ok>;

/** Serves the waiting list, look-ups and verifications by code; answers which codes were looked up and verified. */
function serve(lookups: Record<string, Answer>, verifies: Record<string, Answer> = {}, waitingList: Answer = () => ok({ items: [waiting], nextCursor: null })) {
  const sent = { lookups: [] as string[], verifies: [] as string[] };
  routeRequests({
    'GET /staff/pickups': waitingList,
    'GET /staff/pickups/lookup': (request) => {
      const code = new URL(request.url, 'http://x').searchParams.get('code')!;
      sent.lookups.push(code);
      return lookups[code]!();
    },
    'POST /staff/pickups/verify': (request) => {
      const { code } = request.data as { code: string };
      sent.verifies.push(code);
      return verifies[code]!();
    },
  });
  return sent;
}

async function typeAndLookUp(code: string) {
  fireEvent.change(await screen.findByTestId('pickup-input'), { target: { value: code } });
  fireEvent.click(screen.getByTestId('pickup-submit'));
}

describe('取货核销', () => {
  it('shows the order behind the code first, and hands it over on confirm', async () => {
    signInStaff();
    const sent = serve({ '123456': () => ok(found()) }, { '123456': () => ok({ ...waiting, status: 'completed', statusLabel: '已完成' }) });
    render(<PickupPage />);
    expect((await screen.findByTestId('pickup-waiting')).textContent).toContain('2026112310000095');
    await typeAndLookUp('123 456');
    const card = await screen.findByTestId('pickup-found');
    expect(card.textContent).toContain('2026112310000095');
    expect(card.textContent).toContain('重磅纯棉圆领T恤 本白×1');
    expect(screen.getByTestId('pickup-member').textContent).toBe('小栖 · 138****8000');
    expect(screen.getByTestId('pickup-status').textContent).toBe('待自提');
    expect(sent.verifies).toEqual([]);

    fireEvent.click(screen.getByTestId('pickup-confirm'));
    await waitFor(() => expect(screen.getByTestId('pickup-done').textContent).toContain('已核销'));
    expect(screen.getByTestId('pickup-done').textContent).toContain('重磅纯棉圆领T恤 本白×1');
    expect(screen.queryByTestId('pickup-found')).toBeNull();
    expect(sent).toEqual({ lookups: ['123456'], verifies: ['123456'] });
    expect(Taro.showModal).not.toHaveBeenCalled();
  });

  it('offers no confirm for an order that cannot be handed over, and says why', async () => {
    signInStaff();
    serve({ '123456': () => ok(found({ order: { ...waiting, status: 'completed', statusLabel: '已完成' }, canVerify: false, blockedReason: '该订单已核销，请勿重复取货' })) });
    render(<PickupPage />);
    await typeAndLookUp('123456');
    expect((await screen.findByTestId('pickup-blocked')).textContent).toBe('该订单已核销，请勿重复取货');
    expect(screen.queryByTestId('pickup-confirm')).toBeNull();
  });

  it("says why a code fails: wrong, too many tries, or handed over meanwhile", async () => {
    signInStaff();
    const sent = serve(
      {
        '000000': () => failure(404, 'PICKUP_CODE_INVALID', '取货码不正确，或不是本店的订单'),
        '999999': () => failure(429, 'RATE_LIMITED', '取货码错误次数过多，请 10 分钟后再试'),
        '123456': () => ok(found()),
      },
      { '123456': () => failure(409, 'ORDER_STATE_CONFLICT', '该订单已核销，请勿重复取货') },
    );
    render(<PickupPage />);
    await typeAndLookUp('000000');
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('取货码不正确，或不是本店的订单'));
    await typeAndLookUp('999999');
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('取货码错误次数过多，请 10 分钟后再试'));
    await typeAndLookUp('123456');
    fireEvent.click(await screen.findByTestId('pickup-confirm'));
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('该订单已核销，请勿重复取货'));
    expect(screen.queryByTestId('pickup-done')).toBeNull();
    expect(screen.queryByTestId('pickup-found')).toBeNull();
    expect(sent.verifies).toEqual(['123456']);
  });

  it('checks the input first, and verifies nothing when staff cancel', async () => {
    signInStaff();
    const sent = serve({ '123456': () => ok(found()) });
    render(<PickupPage />);
    await typeAndLookUp('12345');
    expect((await screen.findByTestId('pickup-error')).textContent).toBe('请输入 6 位取货码，或扫描顾客的取货二维码');
    expect(sent.lookups).toEqual([]);
    await typeAndLookUp('123456');
    fireEvent.click(await screen.findByTestId('pickup-cancel'));
    await waitFor(() => expect(screen.queryByTestId('pickup-found')).toBeNull());
    expect(sent.verifies).toEqual([]);
  });

  it('says 网络异常 in the waiting list when it cannot be read, still hands over by code, and lists them after 重新加载', async () => {
    signInStaff();
    let online = false;
    serve({ '123456': () => ok(found()) }, { '123456': () => ok({ ...waiting, status: 'completed', statusLabel: '已完成' }) }, () => (online ? ok({ items: [waiting], nextCursor: null }) : offline()));
    render(<PickupPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(screen.queryByText('暂无待取货订单')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();

    // The failed side list does not take the desk with it: the code is looked up and handed over.
    online = true;
    await typeAndLookUp('123456');
    fireEvent.click(await screen.findByTestId('pickup-confirm'));
    await waitFor(() => expect(screen.getByTestId('pickup-done').textContent).toContain('已核销'));
    // Handing over reads the list again.
    expect((await screen.findByTestId('pickup-waiting')).textContent).toContain('2026112310000095');
  });

  it('retries the waiting list in place, and tells an empty one from a failed one', async () => {
    signInStaff();
    let answer: Answer = () => failure(502, 'BAD_RESPONSE', 'bad gateway');
    serve({}, {}, () => answer());
    render(<PickupPage />);
    const failed = await screen.findByTestId('load-failed');
    answer = () => ok({ items: [], nextCursor: null });
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findByTestId('empty-state')).textContent).toContain('暂无待取货订单');
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });
});
