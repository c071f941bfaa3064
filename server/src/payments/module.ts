import type { ModuleDefinition } from '../module-definition.js';
import { PaymentEntity } from './payment.entity.js';
import { RefundEntity } from './refund.entity.js';
import { PaymentEventEntity } from './payment-event.entity.js';
import { PaymentAnomalyEntity } from './payment-anomaly.entity.js';
import { paymentRoutes } from './payments.routes.js';
import { adminRefundRoutes } from './admin-refunds.routes.js';
import { adminPaymentAnomalyRoutes } from './admin-payment-anomalies.routes.js';
import { paymentReconciliationJob } from './reconcile.job.js';

/** The payments module (WeChat Pay): prepay, notifications, refunds, reconciliation and payment anomalies. */
export const paymentsModule: ModuleDefinition = {
  name: 'payments',
  entities: [PaymentEntity, RefundEntity, PaymentEventEntity, PaymentAnomalyEntity],
  routes: [paymentRoutes, adminRefundRoutes, adminPaymentAnomalyRoutes],
  jobs: [paymentReconciliationJob],
};
