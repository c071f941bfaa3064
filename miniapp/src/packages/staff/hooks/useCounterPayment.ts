import type { OrderView } from '@shop/shared';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/errors';
import { pollUntil } from '../../../lib/poll';
import { fetchStaffOrder, payAtCounter } from '../api/orders';

/** How often the tablet asks whether the customer has paid. */
export const PAY_POLL_MS = 2000;

export interface CounterPayment {
  order: OrderView | null;
  /** The Native QR's content and, with the local emulator, the cashier page standing in for a phone. */
  qr: { codeUrl: string; cashierUrl: string | null } | null;
  /** Why the order (no order: not found) or its QR could not be loaded; null while all is well. */
  error: unknown;
  reload: () => void;
}

/**
 * Loads the order; while it awaits payment, gets its Native QR and asks every 2 s until the
 * customer has paid (or the order closes, or its pay deadline passes). Leaving the page stops it.
 */
export function useCounterPayment(orderId: number | null): CounterPayment {
  const [order, setOrder] = useState<OrderView | null>(null);
  const [qr, setQr] = useState<CounterPayment['qr']>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (orderId === null) {
      // A page opened without an order id has no order to show, just as for an id the store does not know.
      setError(new ApiError(404, 'NOT_FOUND', '订单不存在'));
      return undefined;
    }
    let left = false;
    const run = async () => {
      // Quiet: the page shows a failed load itself, with a retry.
      const loaded = await fetchStaffOrder(orderId, { quiet: true });
      if (left) return;
      setOrder(loaded);
      if (loaded.status !== 'pending_payment') return;
      const answer = await payAtCounter(orderId, { quiet: true });
      if (answer.method !== 'native') throw new Error('收款二维码获取失败，请重试');
      if (left) return;
      setQr({ codeUrl: answer.codeUrl, cashierUrl: answer.cashierUrl });
      const settled = (o: OrderView) => o.status !== 'pending_payment';
      const timeoutMs = Math.max(0, Date.parse(loaded.payDeadline) - Date.now());
      const outcome = await pollUntil(() => fetchStaffOrder(orderId, { quiet: true }), settled, { intervalMs: PAY_POLL_MS, timeoutMs, cancelled: () => left });
      if (!left && outcome.value) setOrder(outcome.value);
    };
    setError(null);
    run().catch((failure: unknown) => !left && setError(failure));
    return () => {
      left = true;
    };
  }, [orderId, attempt]);

  return { order, qr, error, reload: () => setAttempt((n) => n + 1) };
}
