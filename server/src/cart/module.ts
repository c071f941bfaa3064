import type { ModuleDefinition } from '../module-definition.js';
import { CartItemEntity } from './cart-item.entity.js';
import { cartRoutes } from './cart.routes.js';

/** The cart module: the member's cart. */
export const cartModule: ModuleDefinition = {
  name: 'cart',
  entities: [CartItemEntity],
  routes: [cartRoutes],
  jobs: [],
};
