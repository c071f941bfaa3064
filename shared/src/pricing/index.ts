export type * from './types.js';
export { priceOrder } from './price-order.js';
export { allocateProportionally } from './allocate.js';
export type { PricingContext, PricingChoice } from './context.js';
export { pricingInput } from './context.js';
export { FULFILLMENT_TYPES } from './types.js';
