import {
  AppError,
  COUNTER_TOKEN_HEADER,
  idParamsSchema,
  staffOrderListQuerySchema,
  staffOrderRequestSchema,
  staffPickupLookupSchema,
  staffPickupVerifySchema,
  type OrderView,
  type StaffOrderListItem,
  type StaffOrderRequest,
  type StaffPickupLookupView,
} from '@shop/shared';
import type { RouteModule } from '../http/router.js';
import { requireRoles } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { idempotencyKeyOf } from '../orders/buyer.js';
import { chinaDateOf, chinaDayRange } from '../util/china-time.js';
import { storeStaffOf, type StoreStaff } from './store-staff.js';
import { backOfficeView, maskedRecipient } from '../orders/order-views.js';
import { counterPlacement, showsGuestReceipt } from './counter/counter-placement.js';

/**
 * The store tablet: staff build orders for a member or a guest, show the Native QR the customer
 * scans, watch it get paid, and hand pickup orders over by code. Everything is scoped to the
 * staff member's own store, checked against the database on every request.
 */
export const staffOrderRoutes: RouteModule = (router, services) => {
  const { orders, payments, pickups, counterSessions, members, dataSource } = services;
  const selling = requireRoles('staff', 'store_manager');
  const staffOf = (ctx: AppContext): Promise<StoreStaff> => storeStaffOf(ctx.state.principal, dataSource.manager);

  /** The tablet's order: for the member of the counter session it sends, or for a guest. */
  const placement = async (ctx: AppContext, request: StaffOrderRequest) => {
    const staff = await staffOf(ctx);
    const counterToken = ctx.get(COUNTER_TOKEN_HEADER);
    const memberId = counterToken ? await counterSessions.memberOf(counterToken, staff) : null;
    return counterPlacement({ staffId: staff.account.id, storeId: staff.store.id }, memberId, request);
  };

  /** An order this store sold, or one it fulfils (pickup here, delivery from here). */
  const visibleOrder = async (staff: StoreStaff, orderId: number): Promise<OrderView> => {
    const order = await orders.detail(orderId);
    if (order.channel !== `store:${staff.store.id}` && order.fulfillment.store?.id !== staff.store.id) throw new AppError('NOT_FOUND', '订单不存在');
    return order;
  };

  /** A page of orders as the store's lists show them: each with its buyer's nickname and masked phone, all looked up at once. */
  const listItems = async (page: readonly OrderView[]): Promise<StaffOrderListItem[]> => {
    const buyers = await members.namesOf(page.flatMap((order) => (order.memberId === null ? [] : [order.memberId])));
    return page.map((order) => ({ ...backOfficeView(order), buyer: order.memberId === null ? null : (buyers.get(order.memberId) ?? null) }));
  };

  router.post('/staff/orders/preview', selling, async (ctx) => {
    const { buyer, body } = await placement(ctx, validate(staffOrderRequestSchema, ctx.state.body));
    ctx.body = maskedRecipient(await orders.preview(buyer, body));
  });

  router.post('/staff/orders', selling, async (ctx) => {
    const { buyer, body } = await placement(ctx, validate(staffOrderRequestSchema, ctx.state.body));
    const { order, replayed } = await orders.create(buyer, body, idempotencyKeyOf(ctx));
    ctx.status = replayed ? 200 : 201;
    ctx.body = backOfficeView(order);
  });

  router.get('/staff/orders', selling, async (ctx) => {
    const staff = await staffOf(ctx);
    const query = validate(staffOrderListQuerySchema, ctx.query);
    const date = query.date ?? chinaDateOf(new Date());
    const { from, to } = chinaDayRange(date);
    const channel = `store:${staff.store.id}`;
    const [page, summary] = await Promise.all([orders.list({ channel, from, to, cursor: query.cursor, limit: query.limit }), orders.salesSummary(channel, from, to)]);
    ctx.body = { ...page, items: await listItems(page.items), summary: { date, ...summary } };
  });

  router.get('/staff/orders/:id', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    const staff = await staffOf(ctx);
    const order = await visibleOrder(staff, id);
    const guestReceipt = showsGuestReceipt(order, { staffId: staff.account.id, storeId: staff.store.id }, new Date());
    ctx.body = { ...backOfficeView(order, { keepPickupCode: guestReceipt }), ...(await payments.summary(id)) };
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
    ctx.body = backOfficeView(await orders.cancel(undefined, id, `staff:${staff.account.id}`, '门店取消'));
  });

  router.get('/staff/pickups', selling, async (ctx) => {
    const staff = await staffOf(ctx);
    const query = validate(staffOrderListQuerySchema, ctx.query);
    const page = await orders.list({ storeId: staff.store.id, status: ['awaiting_pickup'], cursor: query.cursor, limit: query.limit });
    ctx.body = { ...page, items: await listItems(page.items) };
  });

  router.get('/staff/transfers', selling, async (ctx) => {
    ctx.body = { items: await pickups.incoming(await staffOf(ctx)) };
  });

  router.post('/staff/transfers/:id/receive', selling, async (ctx) => {
    const { id } = validate(idParamsSchema, ctx.params);
    ctx.body = backOfficeView(await pickups.receive(await staffOf(ctx), id));
  });

  /** The order behind a pickup code at this store, before it is handed over (wrong codes count as for verify). */
  router.get('/staff/pickups/lookup', selling, async (ctx) => {
    const { code } = validate(staffPickupLookupSchema, ctx.query);
    const found = await pickups.lookup(await staffOf(ctx), code);
    // Staff typed the code themselves: the order may show it; the recipient's phone stays masked.
    const answer: StaffPickupLookupView = { ...found, order: backOfficeView(found.order, { keepPickupCode: true }), member: found.order.memberId === null ? null : await services.memberOverview.forStaff(found.order.memberId) };
    ctx.body = answer;
  });

  router.post('/staff/pickups/verify', selling, async (ctx) => {
    ctx.body = backOfficeView(await pickups.verify(await staffOf(ctx), validate(staffPickupVerifySchema, ctx.state.body).code), { keepPickupCode: true });
  });
};
