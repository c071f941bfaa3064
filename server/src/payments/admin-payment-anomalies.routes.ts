import { idParamsSchema, paymentAnomalyListQuerySchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { actorOf } from '../http/context.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import { validate } from '../http/validate.js';

/** Payment anomalies for admins: the list (newest first) and marking one handled. */
export const adminPaymentAnomalyRoutes: RouteModule = (router, { paymentAnomalies }) => {
  const admin = requireRoles('admin');

  router.get('/admin/payments/anomalies', admin, async (ctx) => {
    ctx.body = await paymentAnomalies.list(validate(paymentAnomalyListQuerySchema, ctx.query));
  });

  router.post('/admin/payments/anomalies/:id/acknowledge', admin, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await paymentAnomalies.acknowledge(id, actorOf(requirePrincipal(ctx.state.principal)));
  });
};
