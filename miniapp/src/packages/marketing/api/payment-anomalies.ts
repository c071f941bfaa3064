import type { Page, PaymentAnomalyView } from '@shop/shared';
import type { LoadOptions } from '../../../api/http';
import { marketingRequest } from './marketing-http';

const BASE = '/admin/payments/anomalies';

/** `open`: only those nobody has marked handled yet; null: all, newest first. */
export function fetchPaymentAnomalies(status: 'open' | null, cursor: string | null, options: LoadOptions = {}): Promise<Page<PaymentAnomalyView>> {
  return marketingRequest<Page<PaymentAnomalyView>>(BASE, { query: { status, cursor, limit: 20 }, quiet: options.quiet });
}

export function acknowledgePaymentAnomaly(id: number): Promise<PaymentAnomalyView> {
  return marketingRequest<PaymentAnomalyView>(`${BASE}/${id}/acknowledge`, { method: 'POST' });
}
