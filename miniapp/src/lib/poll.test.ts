import { describe, expect, it, vi } from 'vitest';
import { pollUntil } from './poll';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('pollUntil', () => {
  it('polls until the condition holds', async () => {
    const answers = ['pending_payment', 'pending_payment', 'awaiting_shipment'];
    const load = vi.fn(async () => answers.shift()!);
    const result = await pollUntil(load, (s) => s !== 'pending_payment', { intervalMs: 1000, timeoutMs: 10_000, ...fakeClock() });
    expect(result).toEqual({ value: 'awaiting_shipment', done: true });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('rides out failed loads', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('network')).mockResolvedValueOnce('paid');
    await expect(pollUntil(load, (s) => s === 'paid', { intervalMs: 500, timeoutMs: 5000, ...fakeClock() })).resolves.toEqual({ value: 'paid', done: true });
  });

  it('gives up at the timeout with the last value', async () => {
    const load = vi.fn(async () => 'pending_payment');
    const result = await pollUntil(load, () => false, { intervalMs: 1000, timeoutMs: 3000, ...fakeClock() });
    expect(result).toEqual({ value: 'pending_payment', done: false });
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('stops when cancelled', async () => {
    let cancelled = false;
    const load = vi.fn(async () => {
      cancelled = true;
      return 1;
    });
    const result = await pollUntil(load, () => false, { intervalMs: 1000, timeoutMs: 60_000, cancelled: () => cancelled, ...fakeClock() });
    expect(result.done).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
