import type { AuthTokenResponse, CounterCustomerView, MemberOverviewView, OrderLineView, OrderPreviewView, OrderView, ProductDetail, ProductSummary } from '@shop/shared';
import { productDetail, skuView } from '../../../../test/fixtures';
import { saveStaffSession, type StaffSession } from '../lib/staff-session';

/** Test data for the store tablet, shaped like the server's answers (see shared/src/schemas). */

export { failure, offline, ok } from '../../../../test/fixtures';
export { member, store } from '../../member/testing/fixtures';

/** The identify / phone-confirm answer for a member: the member and a counter session named after them. */
export function counterCustomer(identified: MemberOverviewView): CounterCustomerView {
  return { member: identified, session: { token: `counter-session-${identified.id}`, expiresAt: '2030-01-01T00:00:00.000Z' } };
}

export function staffLoginAnswer(fields: Partial<NonNullable<AuthTokenResponse['staff']>> = {}): AuthTokenResponse {
  return {
    token: 'staff-token',
    expiresAt: new Date(Date.now() + 12 * 3600_000).toISOString(),
    roles: ['staff'],
    staff: { id: 21, username: 'staff.ja1', displayName: '静安 小林', role: 'staff', storeId: 1, storeName: '栖行 静安体验店', ...fields },
  };
}

/** Signs staff.ja1 of store 1 in on the tablet. */
export function signInStaff(): StaffSession {
  return saveStaffSession(staffLoginAnswer());
}

export function productSummary(fields: Partial<ProductSummary> = {}): ProductSummary {
  return { id: 2, categoryId: 1, title: '重磅纯棉圆领T恤', subtitle: '', image: null, minPrice: 15900, minMemberPrice: null, sales: 120, inStock: true, ...fields };
}

/** The T-shirt: 本白 on the shelf here (24) and at the warehouse, 橄榄绿 only at store 2. */
export function teeDetail(): ProductDetail {
  return productDetail({
    specs: [{ name: '颜色', values: ['本白', '橄榄绿'] }],
    skus: [skuView(201, { 颜色: '本白' }, 460, { 1: 24, 2: 18 }), skuView(202, { 颜色: '橄榄绿' }, 0, { 2: 3 }, { memberPrice: 14900 })],
  });
}

const JINGAN = { id: 1, name: '栖行 静安体验店', address: '上海市静安区愚园路568号1层', phone: '021-62583316', openingHours: '10:00-22:00' };

/** One 本白 T-shirt at list price, carried out of the 静安 store: what previews and orders share. */
const TEE_LINE: OrderLineView = { itemId: 1, skuId: 201, productId: 2, title: '重磅纯棉圆领T恤', specText: '本白', image: null, qty: 1, listPrice: 15900, unitPrice: 15900, discounts: [], payable: 15900 };
const CARRY_OUT_FIGURES = {
  fulfillment: { type: 'carry_out' as const, address: null, store: JINGAN, eta: null },
  itemsTotal: 15900,
  discounts: [],
  discountTotal: 0,
  shippingFee: 0,
  shippingDiscount: 0,
  payableTotal: 15900,
};

export function preview(fields: Partial<OrderPreviewView> = {}): OrderPreviewView {
  return {
    lines: [{ ...TEE_LINE, itemId: 0, available: 24, problem: null }],
    ...CARRY_OUT_FIGURES,
    appliedCoupons: [],
    couponReport: [],
    rejectedChosen: [],
    coupons: [],
    pointsBalance: 0,
    pointsUsable: 0,
    pointsUsed: 0,
    pointsDeduction: 0,
    tier: null,
    freeShippingThreshold: null,
    canSubmit: true,
    ...fields,
  };
}

export function order(fields: Partial<OrderView> = {}): OrderView {
  return {
    id: 91,
    orderNo: '2026112310000091',
    status: 'pending_payment',
    statusLabel: '待付款',
    ...CARRY_OUT_FIGURES,
    channel: 'store:1',
    memberId: 7,
    staffId: 21,
    source: 'normal',
    lines: [TEE_LINE],
    pointsUsed: 0,
    pointsEarned: 0,
    refundedTotal: 0,
    shipment: null,
    pickup: null,
    buyerNote: '',
    payDeadline: new Date(Date.now() + 15 * 60_000).toISOString(),
    paidAt: null,
    cancelledAt: null,
    cancelReason: null,
    completedAt: null,
    createdAt: '2026-11-23T02:00:00.000Z',
    ...fields,
  };
}
