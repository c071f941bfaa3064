import { In, type DataSource } from 'typeorm';
import type { ProductDetail, ProductSummary, SkuView } from '@shop/shared';
import type { InventoryService } from '../inventory/inventory.service.js';
import { StockLocationEntity } from '../inventory/stock-location.entity.js';
import { StoreEntity } from '../stores/store.entity.js';
import type { Product } from './product.entity.js';
import { SkuEntity, type Sku } from './sku.entity.js';
import { groupBy } from '../util/group-by.js';

/** The product columns a list needs; list queries select only these. */
export type ProductRow = Pick<Product, 'id' | 'categoryId' | 'title' | 'subtitle' | 'images' | 'minPrice' | 'sales'>;
export const PRODUCT_ROW_COLUMNS: readonly (keyof ProductRow)[] = ['id', 'categoryId', 'title', 'subtitle', 'images', 'minPrice', 'sales'];

type SkuPrices = Pick<Sku, 'id' | 'productId' | 'price' | 'memberPrice'>;

/** Where stock can be sold from: the warehouse (delivery) and each active store (pickup / in store). */
interface SellingLocations {
  warehouses: Set<number>;
  /** Location id -> store id, active stores only, in store id order. */
  storeOf: Map<number, number>;
}

interface SkuStock {
  delivery: number;
  byStore: Map<number, number>;
}

/**
 * Builds list summaries and product pages from products plus their SKUs and stock, loaded in
 * bulk: a page costs the same three extra queries however many products it holds.
 */
export class ProductViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inventory: InventoryService,
  ) {}

  /** List summaries, in the order given. */
  async summaries(products: readonly ProductRow[]): Promise<ProductSummary[]> {
    if (products.length === 0) return [];
    const [skus, locations] = await Promise.all([this.activeSkuPrices(products.map((p) => p.id)), this.sellingLocations()]);
    const stock = await this.stockOf(skus.map((s) => s.id), locations);
    const skusByProduct = groupBy(skus, (s) => s.productId);
    return products.map((product) => ({
      id: product.id,
      categoryId: product.categoryId,
      title: product.title,
      subtitle: product.subtitle,
      image: product.images[0] ?? null,
      minPrice: product.minPrice,
      ...offerOf(skusByProduct.get(product.id) ?? [], stock),
      sales: product.sales,
    }));
  }

  /** The product page; consumers get active SKUs only, the back office every SKU. */
  async detail(product: Product, skus: readonly Sku[], includeInactive: boolean): Promise<ProductDetail> {
    const shown = includeInactive ? skus : skus.filter((s) => s.isActive);
    const locations = await this.sellingLocations();
    const stock = await this.stockOf(shown.map((s) => s.id), locations);
    const storeIds = [...locations.storeOf.values()];
    const skuViews: SkuView[] = shown.map((sku) => {
      const units = stock.get(sku.id);
      return {
        id: sku.id,
        code: sku.code,
        specValues: sku.specValues,
        price: sku.price,
        memberPrice: sku.memberPrice,
        isActive: sku.isActive,
        deliveryAvailable: units?.delivery ?? 0,
        storeAvailability: storeIds.map((storeId) => ({ storeId, available: units?.byStore.get(storeId) ?? 0 })),
      };
    });
    return {
      id: product.id,
      categoryId: product.categoryId,
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      images: product.images,
      specs: product.specs,
      status: product.status,
      minPrice: product.minPrice,
      ...offerOf(
        shown.filter((s) => s.isActive),
        stock,
      ),
      sales: product.sales,
      skus: skuViews,
    };
  }

  private activeSkuPrices(productIds: readonly number[]): Promise<SkuPrices[]> {
    return this.dataSource.manager
      .createQueryBuilder(SkuEntity, 'k')
      .select(['k.id', 'k.productId', 'k.price', 'k.memberPrice'])
      .where({ productId: In([...productIds]), isActive: true })
      .getMany();
  }

  private async sellingLocations(): Promise<SellingLocations> {
    const rows: { id: number | string; kind: string; storeId: number | string | null }[] = await this.dataSource.manager
      .createQueryBuilder(StockLocationEntity, 'l')
      .leftJoin(StoreEntity.options.name, 'st', 'st.id = l.storeId')
      .select(['l.id AS id', 'l.kind AS kind', 'l.storeId AS storeId'])
      .where("l.kind = 'warehouse' OR (l.kind = 'store' AND st.isActive = :active)", { active: true })
      .orderBy('l.storeId', 'ASC')
      .getRawMany();
    const locations: SellingLocations = { warehouses: new Set(), storeOf: new Map() };
    for (const row of rows) {
      if (row.kind === 'warehouse') locations.warehouses.add(Number(row.id));
      else if (row.storeId !== null) locations.storeOf.set(Number(row.id), Number(row.storeId));
    }
    return locations;
  }

  /** Available units per SKU for delivery and per active store; other locations do not count. */
  private async stockOf(skuIds: readonly number[], locations: SellingLocations): Promise<Map<number, SkuStock>> {
    const result = new Map<number, SkuStock>();
    for (const row of await this.inventory.availabilityBySku(skuIds)) {
      const storeId = locations.storeOf.get(row.locationId);
      const isWarehouse = locations.warehouses.has(row.locationId);
      if (storeId === undefined && !isWarehouse) continue;
      let units = result.get(row.skuId);
      if (!units) result.set(row.skuId, (units = { delivery: 0, byStore: new Map() }));
      const available = row.onHand - row.reserved;
      if (isWarehouse) units.delivery += available;
      else if (storeId !== undefined) units.byStore.set(storeId, available);
    }
    return result;
  }
}

/** What a shopper is offered across a product's active SKUs: member price and whether any is in stock. */
function offerOf(activeSkus: readonly Pick<Sku, 'id' | 'price' | 'memberPrice'>[], stock: Map<number, SkuStock>): Pick<ProductSummary, 'minMemberPrice' | 'inStock'> {
  const hasMemberOffer = activeSkus.some((s) => s.memberPrice !== null);
  return {
    minMemberPrice: hasMemberOffer ? Math.min(...activeSkus.map((s) => s.memberPrice ?? s.price)) : null,
    inStock: activeSkus.some((sku) => {
      const units = stock.get(sku.id);
      return units !== undefined && (units.delivery > 0 || [...units.byStore.values()].some((n) => n > 0));
    }),
  };
}

