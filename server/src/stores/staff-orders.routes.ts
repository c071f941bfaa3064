import {
  AppError,
  idParamsSchema,
  staffMemberRegisterSchema,
  staffOrderListQuerySchema,
  staffOrderRequestSchema,
  staffPickupLookupSchema,
  staffPickupVerifySchema,
  type OrderView,
  type PlacementFulfillment,
  type StaffOrderRequest,
  type StaffPickupLookupView,
} from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requirePrincipal, requireRoles } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idempotencyKeyOf } from '../orders/buyer.js';
import type { Buyer, PlacementRequest } from '../orders/orders.service.js';
import { chinaDateOf, chinaDayRange } from '../util/china-time.js';
import { CounterCustomersService } from './counter-customers.service.js';
import { currentStoreStaff, type StoreStaff } from './store-staff.js';

/**
 * The store tablet: staff build orders for a member or a guest, show the Native QR the customer
 * scans, watch it get paid, and hand pickup orders over by code. Everything is scoped to the
 * staff member's own store, checked against the database on every request.
 */
export const staffOrderRoutes: RouteModule = (router, services) => {
  const { orders, payments, members, pickups, dataSource } = services;
  const selling = requireRoles('staff', 'store_manager');
  const customers = new CounterCustomersService(members, services.memberOverview, services.addresses, services.coupons, services.attribution.referrals);

  const staffOf = (ctx: AppContext): Promise<StoreStaff> => {
    const principal = requirePrincipal(ctx.state.principal);
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN', '没有权限执行此操作');
    return currentStoreStaff(dataSource.manager, principal.staffId);
  };

  /** The staff member's request as the order service takes it. */
  const placement = async (staff: StoreStaff, request: StaffOrderRequest): Promise<{ buyer: Buyer; body: PlacementRequest }> => {
    if (request.memberId !== null) await members.get(request.memberId);
    const buyer: Buyer = { memberId: request.memberId, channel: `store:${staff.store.id}`, staffId: staff.account.id, actor: `staff:${staff.account.id}` };
    const { fulfillment, memberId, ...rest } = request;
    const resolved: PlacementFulfillment =
      fulfillment.type === 'carry_out'
        ? { type: 'carry_out', storeId: staff.store.id }
        : fulfillment.type === 'pickup'
          ? { type: 'pickup', storeId: fulfillment.storeId ?? staff.store.id }
          : fulfillment.address
            ? { type: 'delivery', address: fulfillment.address }
            : { type: 'delivery', addressId: fulfillment.addressId! };
    return { buyer, body: { ...rest, coupons: memberId === null ? { mode: 'none' } : rest.coupons, fulfillment: resolved } };
  };

  /** An order this store sold, or one it fulfils (pickup here, delivery from here). */
  const visibleOrder = async (staff: StoreStaff, orderId: number): Promise<OrderView> => {
    const order = await orders.detail(orderId);
    if (order.channel !== `store:${staff.store.id}` && order.fulfillment.store?.id !== staff.store.id) throw new AppError('NOT_FOUND', '订单不存在');
    return order;
  };

  /** 新会员注册: a new member by phone (201), or the member who already has the number (200, existed). */
  router.post('/staff/members/register', selling, async (ctx) => {
    const answer = await customers.register(await staffOf(ctx), validate(staffMemberRegisterSchema, ctx.state.body));
    ctx.status = answer.existed ? 200 : 201;
    ctx.body = answer;
  });

  /** The identified member's saved addresses, to deliver a counter order to one of them. */
  router.get('/staff/members/:id/addresses', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    await staffOf(ctx);
    ctx.body = { items: await customers.addressesOf(id) };
  });

  router.post('/staff/orders/preview', selling, async (ctx) => {
    const { buyer, body } = await placement(await staffOf(ctx), validate(staffOrderRequestSchema, ctx.state.body));
    ctx.body = await orders.preview(buyer, body);
  });

  router.post('/staff/orders', selling, async (ctx) => {
    const { buyer, body } = await placement(await staffOf(ctx), validate(staffOrderRequestSchema, ctx.state.body));
    const { order, replayed } = await orders.create(buyer, body, idempotencyKeyOf(ctx));
    ctx.status = replayed ? 200 : 201;
    ctx.body = order;
  });

  router.get('/staff/orders', selling, async (ctx) => {
    const staff = await staffOf(ctx);
    const query = validate(staffOrderListQuerySchema, ctx.query);
    const date = query.date ?? chinaDateOf(new Date());
    const { from, to } = chinaDayRange(date);
    const channel = `store:${staff.store.id}`;
    const [page, summary] = await Promise.all([orders.list({ channel, from, to, cursor: query.cursor, limit: query.limit }), orders.salesSummary(channel, from, to)]);
    ctx.body = { ...page, summary: { date, ...summary } };
  });

  router.get('/staff/orders/:id', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const order = await visibleOrder(await staffOf(ctx), id);
    ctx.body = { ...order, ...(await payments.summary(id)) };
  });

  router.post('/staff/orders/:id/pay', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    await visibleOrder(await staffOf(ctx), id);
    ctx.body = await payments.payAtCounter(id);
  });

  router.post('/staff/orders/:id/cancel', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const staff = await staffOf(ctx);
    await visibleOrder(staff, id);
    const cancelled = await orders.cancel(undefined, id, `staff:${staff.account.id}`, '门店取消');
    await payments.closeOpenPayments(id);
    ctx.body = cancelled;
  });

  router.get('/staff/pickups', selling, async (ctx) => {
    const staff = await staffOf(ctx);
    const query = validate(staffOrderListQuerySchema, ctx.query);
    ctx.body = await orders.list({ storeId: staff.store.id, status: ['awaiting_pickup'], cursor: query.cursor, limit: query.limit });
  });

  router.get('/staff/transfers', selling, async (ctx) => {
    ctx.body = { items: await pickups.incoming(await staffOf(ctx)) };
  });

  router.post('/staff/transfers/:id/receive', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = await pickups.receive(await staffOf(ctx), id);
  });

  /** The order behind a pickup code at this store, before it is handed over (wrong codes count as for verify). */
  router.get('/staff/pickups/lookup', selling, async (ctx) => {
    const { code } = validate(staffPickupLookupSchema, ctx.query);
    const found = await pickups.lookup(await staffOf(ctx), code);
    const answer: StaffPickupLookupView = { ...found, member: found.order.memberId === null ? null : await services.memberOverview.forStaff(found.order.memberId) };
    ctx.body = answer;
  });

  router.post('/staff/pickups/verify', selling, async (ctx) => {
    ctx.body = await pickups.verify(await staffOf(ctx), validate(staffPickupVerifySchema, ctx.state.body).code);
  });
};
