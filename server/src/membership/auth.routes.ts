import { wechatLoginSchema } from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { validate } from '../http/validate.js';

export const memberAuthRoutes: RouteModule = (router, services) => {
  router.post('/auth/wechat', async (ctx) => {
    const { code } = validate(wechatLoginSchema, ctx.state.body);
    ctx.body = await services.memberAuth.loginWithWechat(code);
  });
};
