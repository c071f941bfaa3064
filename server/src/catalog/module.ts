import type { ModuleDefinition } from '../module-definition.js';
import { CategoryEntity } from './category.entity.js';
import { ProductEntity } from './product.entity.js';
import { SkuEntity } from './sku.entity.js';
import { HotWordEntity } from './hot-word.entity.js';
import { catalogRoutes } from './catalog.routes.js';
import { adminCatalogRoutes } from './admin-catalog.routes.js';

/** The catalog module: categories, products, SKUs, search and its hot words. */
export const catalogModule: ModuleDefinition = {
  name: 'catalog',
  entities: [CategoryEntity, ProductEntity, SkuEntity, HotWordEntity],
  routes: [catalogRoutes, adminCatalogRoutes],
  jobs: [],
};
