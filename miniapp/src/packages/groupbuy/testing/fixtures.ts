import type { GroupbuyCampaignCard, GroupbuyGroupDetailView, GroupbuyGroupView, GroupbuyMemberView, GroupbuyMySeatView, GroupbuyOfferView, MyGroupbuyView, OrderView, PricingContext, ProductDetail } from '@shop/shared';
import { addressView, ok, productDetail, signInMember, skuView, storeView } from '../../../../test/fixtures';
import type { MockResponse } from '../../../../test/mocks/taro';

/** Group-buy test data shaped like the server's answers (shared/src/schemas/groupbuy.ts), on top of test/fixtures.ts. */

export { failure, ok } from '../../../../test/fixtures';

/** Product 2 in two colours, 20 units each for delivery and 5 at store 1. */
export function product(fields: Partial<ProductDetail> = {}): ProductDetail {
  return productDetail({ specs: [{ name: '颜色', values: ['本白', '墨黑'] }], skus: [skuView(4, { 颜色: '本白' }, 20, { 1: 5 }), skuView(5, { 颜色: '墨黑' }, 20, { 1: 5 })], ...fields });
}

export function offer(fields: Partial<GroupbuyOfferView> = {}): GroupbuyOfferView {
  return {
    campaignId: 9,
    name: 'T恤 2人团',
    productId: 2,
    groupSize: 2,
    formMinutes: 1440,
    endsAt: '2099-01-01T00:00:00.000Z',
    newMembersOnly: false,
    leaderDiscount: null,
    skus: [
      { skuId: 4, groupPrice: 9900, available: 50 },
      { skuId: 5, groupPrice: 10900, available: 50 },
    ],
    ...fields,
  };
}

export const member = (nickname: string, fields: Partial<GroupbuyMemberView> = {}): GroupbuyMemberView => ({ nickname, avatarUrl: null, isLeader: false, paid: true, ...fields });

export function group(fields: Partial<GroupbuyGroupView> = {}): GroupbuyGroupView {
  return {
    id: 31,
    campaignId: 9,
    productId: 2,
    campaignName: 'T恤 2人团',
    size: 2,
    seatsTaken: 1,
    paidCount: 1,
    remainingSeats: 1,
    status: 'open',
    statusLabel: '拼团中',
    openedAt: '2026-11-23T08:00:00.000Z',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    simulated: false,
    members: [member('阿团', { isLeader: true })],
    productTitle: '重磅纯棉圆领T恤',
    productImage: '/images/products/tee-1.svg',
    groupPrice: 9900,
    listPrice: 15900,
    ...fields,
  };
}

/** GET /groupbuy/groups/:id: the group with the viewer's seat (none unless given). */
export function groupDetail(fields: Partial<GroupbuyGroupDetailView> = {}): GroupbuyGroupDetailView {
  return { ...group(fields), mySeat: null, ...fields };
}

export const mySeat = (fields: Partial<GroupbuyMySeatView> = {}): GroupbuyMySeatView => ({ orderId: 70, orderStatus: 'paid', isLeader: true, paid: true, ...fields });

export function myGroup(fields: Partial<MyGroupbuyView> = {}): MyGroupbuyView {
  return { ...group(), orderId: 70, orderStatus: 'paid', isLeader: true, line: { skuId: 4, specText: '颜色:本白', quantity: 1, unitPrice: 9900, listPrice: 15900 }, ...fields };
}

/** A running campaign as GET /groupbuy/campaigns lists it. */
export function campaignCard(fields: Partial<GroupbuyCampaignCard> = {}): GroupbuyCampaignCard {
  return { campaignId: 9, name: 'T恤 2人团', productId: 2, productTitle: '重磅纯棉圆领T恤', productImage: '/images/products/tee-1.svg', groupSize: 2, endsAt: '2099-01-01T00:00:00.000Z', groupPrice: 9900, listPrice: 15900, ...fields };
}

export function order(fields: Partial<OrderView> = {}): OrderView {
  return {
    id: 70,
    orderNo: 'GB20261123000070',
    status: 'paid',
    statusLabel: '已付款',
    fulfillment: { type: 'delivery', address: null, store: null, eta: null },
    channel: 'miniapp',
    memberId: 7,
    staffId: null,
    source: 'groupbuy',
    lines: [],
    itemsTotal: 9900,
    discounts: [],
    discountTotal: 0,
    shippingFee: 0,
    shippingDiscount: 0,
    payableTotal: 9900,
    pointsUsed: 0,
    pointsEarned: 0,
    refundedTotal: 0,
    shipment: null,
    pickup: null,
    buyerNote: '',
    payDeadline: '2099-01-01T00:00:00.000Z',
    paidAt: '2026-11-23T08:00:00.000Z',
    cancelledAt: null,
    cancelReason: null,
    completedAt: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...fields,
  };
}

export const address = () => addressView(3, { recipientName: '测试买家' });
export const store = () => storeView(1, { name: '栖行 静安体验店' });

/** Delivery ¥10, free from ¥99: the demo shop's rule. */
export const pricingContext: PricingContext = {
  shippingRule: { baseFee: 1000, freeThreshold: 9900 },
  pointsRule: { fenPerPoint: 1, maxShareOfGoodsPercent: 50 },
  member: { tier: null, pointsBalance: 0 },
  coupons: [],
  now: '2026-11-23T00:00:00Z',
};


export const signIn = () => signInMember(7);

export const jsapiPay = (orderId: number): MockResponse => ok({ method: 'jsapi', outTradeNo: `T${orderId}`, params: { appId: 'wx', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' } });
