/**
 * Test data shaped like the server's answers (types from @shop/shared), shared by every test of
 * the storefront: pass only the fields a test is about.
 */
import type { AddressView, CartLineView, CartView, PricingCoupon, ProductDetail, SkuView, StoreView } from '@shop/shared';
import { saveSession } from '../src/lib/session';
import type { MockResponse } from './mocks/taro';

export const ok = (data: unknown, statusCode = 200): MockResponse => ({ statusCode, data });
export const failure = (statusCode: number, code: string, message: string): MockResponse => ({ statusCode, data: { error: { code, message } } });
/** A `routeRequests` handler for a request that never reaches the shop (no network): Taro.request fails, as it does offline. */
export const offline = (): MockResponse => {
  throw new Error('request:fail');
};

/** A member signed in for an hour (member id 1 unless given). */
export function signInMember(memberId = 1): void {
  saveSession({ token: `tok-${memberId}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), roles: ['consumer'], member: { id: memberId, nickname: `会员${memberId}`, avatarUrl: null, isNew: false } });
}

/** A SKU with stock for delivery only, unless `byStore` gives units per store id. */
export function skuView(id: number, specValues: Record<string, string>, delivery: number, byStore: Record<number, number> = {}, fields: Partial<SkuView> = {}): SkuView {
  return {
    id,
    code: `K${id}`,
    specValues,
    price: 15900,
    memberPrice: null,
    isActive: true,
    deliveryAvailable: delivery,
    storeAvailability: Object.entries(byStore).map(([storeId, available]) => ({ storeId: Number(storeId), available })),
    ...fields,
  };
}

/** 重磅纯棉圆领T恤 (product 2 of the demo shop) with the given specs and SKUs. */
export function productDetail(fields: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: 2,
    categoryId: 1,
    title: '重磅纯棉圆领T恤',
    subtitle: '',
    description: '',
    images: ['/images/products/tee-1.svg'],
    minPrice: 15900,
    minMemberPrice: null,
    sales: 10,
    inStock: true,
    status: 'on_shelf',
    specs: [],
    skus: [],
    ...fields,
  };
}

export function storeView(id: number, fields: Partial<StoreView> = {}): StoreView {
  return { id, code: `S${id}`, name: `门店${id}`, city: '上海市', district: '静安区', address: '地址', latitude: 31, longitude: 121, phone: '021', openingHours: '10:00-22:00', pickupEnabled: true, deliveryRadiusMeters: 3000, ...fields };
}

export function addressView(id: number, fields: Partial<AddressView> = {}): AddressView {
  return { id, recipientName: '张三', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '愚园路 1 号', latitude: null, longitude: null, isDefault: true, createdAt: '', updatedAt: '', ...fields };
}

/** A coupon as the pricing engine and the preview carry it: 满99减20, usable all year. */
export function pricingCoupon(id: number, fields: Partial<PricingCoupon> = {}): PricingCoupon {
  return { id, templateId: id, name: `券${id}`, kind: 'threshold_off', value: 2000, threshold: 9900, scope: { kind: 'all' }, validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', status: 'available', ...fields };
}

export function cartLine(id: number, fields: Partial<CartLineView> = {}): CartLineView {
  return { id, skuId: id, productId: id, categoryId: 1, title: `商品${id}`, specText: '颜色:黑', image: null, qty: 1, selected: true, price: 5000, memberPrice: null, available: 9, problem: null, ...fields };
}

/** A cart as the server prices it: selected lines without problems, ¥10 delivery below ¥99. */
export function cartView(lines: CartLineView[], fields: Partial<CartView> = {}): CartView {
  const live = lines.filter((l) => l.selected && !l.problem);
  const items = live.reduce((sum, l) => sum + l.price * l.qty, 0);
  const shipping = items >= 9900 || items === 0 ? 0 : 1000;
  return { lines, selectedCount: live.reduce((n, l) => n + l.qty, 0), itemsTotal: items, discountTotal: 0, shippingFee: shipping, payableTotal: items + shipping, freeShippingThreshold: 9900, ...fields };
}
