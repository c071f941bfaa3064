import type { OrderPreviewView } from '@shop/shared';
import { errorText } from '../../../api/errors';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { previewStaffOrder } from '../api/orders';
import type { OrderBodyResult } from '../lib/order-body';

export interface StaffPreview {
  /** The latest answer, possibly for an earlier body while a new one loads (kept to avoid flicker). */
  preview: OrderPreviewView | null;
  /** Why the server cannot price the current body (its message). */
  error: string | null;
  /** The answer on screen is not for the body on screen yet: submit waits. */
  stale: boolean;
}

/**
 * The server's price for the order on the tablet, asked again whenever the body changes
 * (customer, lines, quantities, fulfillment); answers of superseded bodies are dropped.
 */
export function useStaffPreview(result: OrderBodyResult): StaffPreview {
  const key = result.ok ? JSON.stringify([result.body, result.counterToken]) : null;
  const answer = useAsyncData(async () => {
    if (!result.ok) return null;
    try {
      return { key, preview: await previewStaffOrder(result.body, result.counterToken), error: null };
    } catch (failure) {
      return { key, preview: null, error: errorText(failure) };
    }
  }, [key]);
  const current = answer.data?.key === key ? answer.data : null;
  return { preview: key === null ? null : (current?.preview ?? answer.data?.preview ?? null), error: current?.error ?? null, stale: key !== null && current === null };
}
