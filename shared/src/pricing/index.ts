export type * from './types.js';
export { priceOrder } from './price-order.js';
export { allocateProportionally } from './allocate.js';
