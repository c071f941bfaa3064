import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests } from '../../../../test/mocks/taro';
import { failure, ok, order, signInStaff } from '../testing/fixtures';
import PickupPage from './index';

const waiting = order({ id: 95, orderNo: '2026112310000095', status: 'awaiting_pickup', statusLabel: '待自提', paidAt: '2026-11-23T02:01:00.000Z', fulfillment: { ...order().fulfillment, type: 'pickup' } });

function verifyWith(answers: Record<string, () => ReturnType<typeof ok>>) {
  const codes: unknown[] = [];
  routeRequests({
    'GET /staff/pickups': () => ok({ items: [waiting], nextCursor: null }),
    'POST /staff/pickups/verify': (request) => {
      const { code } = request.data as { code: string };
      codes.push(code);
      return answers[code]!();
    },
  });
  return codes;
}

async function typeAndVerify(code: string) {
  fireEvent.change(await screen.findByTestId('pickup-input'), { target: { value: code } });
  fireEvent.click(screen.getByTestId('pickup-submit'));
}

describe('取货核销', () => {
  it('lists waiting pickups, confirms, and hands the order over by its code', async () => {
    signInStaff();
    const codes = verifyWith({ '123456': () => ok({ ...waiting, status: 'completed', statusLabel: '已完成' }) });
    render(<PickupPage />);
    expect((await screen.findByTestId('pickup-waiting')).textContent).toContain('2026112310000095');
    await typeAndVerify('123 456');
    await waitFor(() => expect(screen.getByTestId('pickup-done').textContent).toContain('已核销'));
    expect(screen.getByTestId('pickup-done').textContent).toContain('重磅纯棉圆领T恤 本白×1');
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认核销' }));
    expect(codes).toEqual(['123456']);
  });

  it("says why a code fails: wrong, already verified, too many tries", async () => {
    signInStaff();
    verifyWith({
      '000000': () => failure(404, 'PICKUP_CODE_INVALID', '取货码不正确，或不是本店的订单'),
      '123456': () => failure(409, 'ORDER_STATE_CONFLICT', '该订单已核销，请勿重复取货'),
      '999999': () => failure(429, 'RATE_LIMITED', '取货码错误次数过多，请 10 分钟后再试'),
    });
    render(<PickupPage />);
    await typeAndVerify('000000');
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('取货码不正确，或不是本店的订单'));
    await typeAndVerify('123456');
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('该订单已核销，请勿重复取货'));
    await typeAndVerify('999999');
    await waitFor(() => expect(screen.getByTestId('pickup-error').textContent).toBe('取货码错误次数过多，请 10 分钟后再试'));
    expect(screen.queryByTestId('pickup-done')).toBeNull();
  });

  it('checks the input first and does nothing when staff do not confirm', async () => {
    signInStaff();
    const codes = verifyWith({});
    render(<PickupPage />);
    await typeAndVerify('12345');
    expect((await screen.findByTestId('pickup-error')).textContent).toBe('请输入 6 位取货码，或扫描顾客的取货二维码');
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await typeAndVerify('123456');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(codes).toEqual([]);
  });
});
