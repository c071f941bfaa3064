import { In, type DataSource, type EntityManager } from 'typeorm';
import { ProductEntity, type Product } from './product.entity.js';
import { SkuEntity, type Sku } from './sku.entity.js';
import { CategoryEntity } from './category.entity.js';

/** A SKU with the product facts other modules need to show or sell it. */
export interface SkuWithProduct {
  sku: Sku;
  product: Product;
  /** Buyable now: product on shelf, SKU active, category active. */
  purchasable: boolean;
  /** "颜色:曜石黑 尺码:M" for carts and order snapshots. */
  specText: string;
}

export function specTextOf(specValues: Record<string, string>): string {
  return Object.entries(specValues)
    .map(([name, value]) => `${name}:${value}`)
    .join(' ');
}

/** The catalog's read API for cart and orders: SKUs by id with their products, in two queries. */
export class SkuCatalog {
  constructor(private readonly dataSource: DataSource) {}

  async load(skuIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, SkuWithProduct>> {
    const result = new Map<number, SkuWithProduct>();
    if (skuIds.length === 0) return result;
    const skus = await manager.findBy(SkuEntity, { id: In([...new Set(skuIds)]) });
    const products = await manager.findBy(ProductEntity, { id: In([...new Set(skus.map((s) => s.productId))]) });
    const productById = new Map(products.map((p) => [p.id, p]));
    const categories = await manager.findBy(CategoryEntity, { id: In([...new Set(products.map((p) => p.categoryId))]) });
    const activeCategories = new Set(categories.filter((c) => c.isActive).map((c) => c.id));
    for (const sku of skus) {
      const product = productById.get(sku.productId);
      if (!product) continue;
      const purchasable = product.status === 'on_shelf' && sku.isActive && activeCategories.has(product.categoryId);
      result.set(sku.id, { sku, product, purchasable, specText: specTextOf(sku.specValues) });
    }
    return result;
  }
}
