/** The typed API client: one module per server area, all over `apiRequest` (http.ts). */
export * from './errors';
export * from './http';
export * from './auth';
export * from './catalog';
export * from './stores';
export * from './cart';
export * from './addresses';
export * from './orders';
export * from './coupons';
export * from './members';
export * from './coupon-claims';
export * from './store-detail';
export * from './pricing';
export * from './groupbuy';
