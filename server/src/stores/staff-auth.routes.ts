import { staffLoginSchema } from '@shop/shared';
import { requestClient } from '../http/client-key.js';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

export const staffAuthRoutes: RouteModule = (router, services) => {
  router.post('/staff/auth/login', async (ctx) => {
    ctx.body = await services.staffAuth.login(validate(staffLoginSchema, ctx.state.body), requestClient(ctx));
  });
};
