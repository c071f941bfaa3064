import type { PaymentAnomalyView } from '@shop/shared';
import { saveMarketerSession, type MarketerSession } from '../lib/marketer-session';
import { marketerLoginAnswer } from './fixtures';

export { failure, offline, ok, signInMarketer } from './fixtures';

/** The demo admin, signed in to the console (支付异常 is theirs). */
export function signInAdmin(): MarketerSession {
  const saved = saveMarketerSession({ ...marketerLoginAnswer({ id: 1, username: 'admin', displayName: '系统管理员', role: 'admin' }), roles: ['admin'] });
  if (!saved.ok) throw new Error(saved.reason);
  return saved.session;
}

/** A payment anomaly as GET /admin/payments/anomalies lists it: a notification 1 fen short. */
export function paymentAnomaly(fields: Partial<PaymentAnomalyView> = {}): PaymentAnomalyView {
  return {
    id: 41,
    kind: 'amount_mismatch',
    notificationId: 'evt-41',
    outTradeNo: 'O202612040001N',
    outRefundNo: null,
    expected: '15900',
    received: '15899',
    summary: { out_trade_no: 'O202612040001N', trade_state: 'SUCCESS', amount: { total: 15899 } },
    createdAt: '2026-12-04T02:05:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    ...fields,
  };
}
