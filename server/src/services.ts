import type { DataSource } from 'typeorm';
import type { AppConfig } from './config.js';
import type { Logger } from './platform/logger.js';
import { TokenService } from './http/auth.js';
import { InventoryService } from './inventory/inventory.service.js';
import { createCode2Session, type Code2Session } from './wechat/code2session.js';
import { MemberAuthService } from './membership/member-auth.service.js';
import { AddressService } from './membership/address.service.js';
import { StaffAuthService } from './stores/staff-auth.service.js';
import { StoresService } from './stores/stores.service.js';
import { staffTokenCheck } from './stores/staff-token-check.js';
import { SkuCatalog } from './catalog/sku-catalog.js';
import { CatalogService } from './catalog/catalog.service.js';
import { CartService } from './cart/cart.service.js';
import { OrdersService } from './orders/orders.service.js';
import { OrderLifecycle } from './orders/order-lifecycle.js';
import { couponLifecycle } from './coupons/coupon-lifecycle.js';
import { PickupService } from './stores/pickup/pickup.service.js';
import { RateLimiter } from './platform/rate-limiter.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { SubscribeMessageSender } from './wechat/subscribe-message.js';
import { StableAccessToken } from './wechat/access-token.js';
import { FulfillmentPlanner } from './fulfillment/fulfillment-planner.js';
import { OrderFulfillmentService } from './orders/order-fulfillment.service.js';
import { MemberService } from './membership/member.service.js';
import { WechatPayClient } from './wechat/pay-client.js';
import { PaymentsService } from './payments/payments.service.js';
import { RefundsService } from './payments/refunds.service.js';
import { PaymentAnomaliesService } from './payments/payment-anomalies.service.js';
import { CouponsService } from './coupons/coupons.service.js';
import { StaffCouponGrants } from './coupons/staff-coupon-grants.service.js';
import { PointsService } from './membership/points/points.service.js';
import { GrowthService } from './membership/tiers/growth.service.js';
import { MemberTiersService } from './membership/tiers/member-tiers.service.js';
import { MemberCodeDigitsService } from './membership/member-code/member-code-digits.service.js';
import { ProfileService } from './membership/profile/profile.service.js';
import { createPhoneNumberProvider } from './membership/profile/phone-number.js';
import { MemberOverviewService } from './membership/member-overview.service.js';
import { OrderLoyalty } from './membership/order-loyalty.js';
import { createGroupbuy, type Groupbuy } from './groupbuy/groupbuy.js';
import { createAttribution, type Attribution } from './stores/attribution/attribution.js';
import { CounterSessions } from './stores/counter/counter-session.js';
import { CounterIdentificationService } from './stores/counter/counter-identification.service.js';
import { createSmsGateway } from './sms/sms-gateway.js';

/** Everything a route or job needs, built once per process (or per test). */
export interface Services {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  tokens: TokenService;
  code2session: Code2Session;
  inventory: InventoryService;
  memberAuth: MemberAuthService;
  staffAuth: StaffAuthService;
  addresses: AddressService;
  stores: StoresService;
  skus: SkuCatalog;
  catalog: CatalogService;
  cart: CartService;
  orders: OrdersService;
  orderFulfillment: OrderFulfillmentService;
  members: MemberService;
  wechatPay: WechatPayClient;
  payments: PaymentsService;
  refunds: RefundsService;
  paymentAnomalies: PaymentAnomaliesService;
  coupons: CouponsService;
  staffCoupons: StaffCouponGrants;
  points: PointsService;
  growth: GrowthService;
  memberTiers: MemberTiersService;
  memberCodeDigits: MemberCodeDigitsService;
  profiles: ProfileService;
  memberOverview: MemberOverviewService;
  groupbuy: Groupbuy;
  pickups: PickupService;
  notifications: NotificationsService;
  attribution: Attribution;
  counterSessions: CounterSessions;
  counterIdentification: CounterIdentificationService;
}

export function createServices(config: AppConfig, dataSource: DataSource, logger: Logger): Services {
  const tokens = new TokenService(config.authSecret, staffTokenCheck(dataSource));
  const code2session = createCode2Session(config.wechat);
  const inventory = new InventoryService(dataSource);
  const rateLimiter = new RateLimiter(dataSource);
  const skus = new SkuCatalog(dataSource);
  const addresses = new AddressService(dataSource);
  const stores = new StoresService(dataSource);
  const points = new PointsService(dataSource);
  const growth = new GrowthService(dataSource);
  const loyalty = new OrderLoyalty(points, growth, config.points);
  const cart = new CartService(dataSource, config, skus, inventory, async (memberId) => (await loyalty.benefitsOf(memberId, dataSource.manager)).member);
  // Whether a member has ordered: asked only at run time, once the orders service below exists.
  const profiles = new ProfileService(dataSource, createPhoneNumberProvider(config.wechat), async (memberId) => (await orders.list({ memberId, limit: 1 })).items.length > 0);
  const coupons = new CouponsService(dataSource, rateLimiter, growth.tierLookup);
  const attribution = createAttribution(dataSource, config);
  const lifecycle = new OrderLifecycle();
  const orders = new OrdersService({
    dataSource,
    config,
    skus,
    inventory,
    fulfillment: new FulfillmentPlanner(addresses, stores, inventory),
    cart,
    coupons,
    loyalty,
    lifecycle,
    referrer: attribution.referrals.referrer,
    logger,
  });
  const members = new MemberService(dataSource);
  const memberOverview = new MemberOverviewService(members, profiles, growth, points);
  const wechatPay = new WechatPayClient(config.wechatPay);
  const refunds = new RefundsService(dataSource, config, wechatPay, orders, logger);
  const paymentAnomalies = new PaymentAnomaliesService(dataSource);
  const payments = new PaymentsService(dataSource, config, wechatPay, orders, members, refunds, logger, paymentAnomalies);
  const notifications = new NotificationsService(dataSource, new SubscribeMessageSender(new StableAccessToken(config.messages.appId, config.messages.appSecret, config.messages.baseUrl), config.messages.baseUrl), config.messages.templates, logger);
  const memberCodeDigits = new MemberCodeDigitsService(dataSource);
  const counterSessions = new CounterSessions(config.authSecret);
  const counterIdentification = new CounterIdentificationService({
    dataSource,
    authSecret: config.authSecret,
    sessions: counterSessions,
    limiter: rateLimiter,
    sms: createSmsGateway(config.sms),
    members,
    overview: memberOverview,
    memberCodeDigits,
    coupons,
    referrals: attribution.referrals,
  });
  const pickups = new PickupService(dataSource, orders, inventory, notifications, refunds, rateLimiter, config.pickup, logger);
  // In this order: coupons and points settle first, then pickup, payments and group-buy hear of it.
  lifecycle.subscribe(couponLifecycle(coupons), loyalty, pickups, payments);
  const groupbuy = createGroupbuy(dataSource, skus, orders, lifecycle, refunds, logger);
  return {
    config,
    dataSource,
    logger,
    tokens,
    code2session,
    inventory,
    memberAuth: new MemberAuthService(dataSource, code2session, tokens, coupons),
    staffAuth: new StaffAuthService(dataSource, tokens, rateLimiter),
    addresses,
    stores,
    skus,
    catalog: new CatalogService(dataSource, inventory, skus),
    cart,
    orders,
    orderFulfillment: new OrderFulfillmentService(dataSource, config, orders, logger),
    members,
    wechatPay,
    payments,
    refunds,
    paymentAnomalies,
    coupons,
    staffCoupons: new StaffCouponGrants(dataSource, config.coupons.staffDailyQuota, growth.tierLookup),
    points,
    growth,
    memberTiers: new MemberTiersService(dataSource),
    memberCodeDigits,
    profiles,
    memberOverview,
    groupbuy,
    pickups,
    notifications,
    attribution,
    counterSessions,
    counterIdentification,
  };
}
