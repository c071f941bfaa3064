import type { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  type AdminCategoryView,
  type AdminProductListQuery,
  type AdminProductSummary,
  type ApiErrorDetail,
  type CategoryCreateRequest,
  type CategoryUpdateRequest,
  type CategoryView,
  type Page,
  type ProductCreateRequest,
  type ProductDetail,
  type ProductListQuery,
  type ProductStatus,
  type ProductSummary,
  type ProductUpdateRequest,
  type SkuInput,
  type SkuUpdateRequest,
} from '@shop/shared';
import { inTransaction, isUniqueViolation } from '../platform/transaction.js';
import { pageOf } from '../platform/cursor.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import { CategoryEntity, type Category } from './category.entity.js';
import { ProductEntity, type Product } from './product.entity.js';
import { afterCursor, containsPattern, decodeProductCursor, LIKE_ESCAPE, NEWEST_FIRST, productOrderFor, sortKeySql, sortValueOf, type KeysetOrder } from './product-query.js';
import { HotWordsService } from './hot-words.service.js';
import { PRODUCT_ROW_COLUMNS, ProductViews, type ProductRow } from './product-views.js';
import type { SkuCatalog } from './sku-catalog.js';
import { SkuEntity, type Sku } from './sku.entity.js';
import { duplicateCodeProblems, generatedSkuCode, memberPriceProblem, minPriceOf, specListProblems, specValueProblems } from './sku-rules.js';
import { locking } from '../platform/locking.js';

interface ProductFilters {
  status?: ProductStatus;
  /** Only products whose category is active (what consumers may see and buy). */
  activeCategory?: boolean;
  category?: number;
  q?: string;
  minPrice?: number;
  maxPrice?: number;
}

/**
 * The catalog: what consumers browse (on-shelf products only) and what marketers maintain
 * (categories, products, SKUs, shelf status). Product.minPrice is derived from the active SKUs
 * and rewritten in the same transaction as every SKU change.
 */
export class CatalogService {
  private readonly views: ProductViews;
  /** 热搜词 of the search page, which the marketer manages. */
  readonly hotWords: HotWordsService;

  constructor(
    private readonly dataSource: DataSource,
    inventory: InventoryService,
    private readonly skus: SkuCatalog,
  ) {
    this.views = new ProductViews(dataSource, inventory);
    this.hotWords = new HotWordsService(dataSource);
  }

  // ---- consumer reads

  async listCategories(): Promise<CategoryView[]> {
    const categories = await this.dataSource.manager.find(CategoryEntity, { where: { isActive: true }, order: { sortOrder: 'ASC', id: 'ASC' } });
    return categories.map(({ id, code, name, icon, sortOrder }) => ({ id, code, name, icon, sortOrder }));
  }

  async listProducts(query: ProductListQuery): Promise<Page<ProductSummary>> {
    const order = productOrderFor(query.sort, query.q);
    const rows = await this.productRows({ ...query, status: 'on_shelf', activeCategory: true }, order, query.cursor, query.limit);
    const page = pageOf(rows, query.limit, (row) => row.sortKey);
    return { items: await this.views.summaries(page.items), nextCursor: page.nextCursor };
  }

  /** An on-shelf product's page; off-shelf products, and those of inactive categories, do not exist for consumers. */
  async getProduct(id: number): Promise<ProductDetail> {
    const detail = await this.productPage({ id, status: 'on_shelf' }, false);
    const category = await this.dataSource.manager.findOneBy(CategoryEntity, { id: detail.categoryId });
    if (!category?.isActive) throw new AppError('NOT_FOUND', '商品不存在或已下架');
    return detail;
  }

  // ---- back office: categories

  async adminListCategories(): Promise<AdminCategoryView[]> {
    const categories = await this.dataSource.manager.find(CategoryEntity, { order: { sortOrder: 'ASC', id: 'ASC' } });
    return categories.map(adminCategoryView);
  }

  async createCategory(input: CategoryCreateRequest): Promise<AdminCategoryView> {
    const category = await this.write(
      (manager) => manager.save(CategoryEntity, { code: input.code, name: input.name, icon: input.icon ?? null, sortOrder: input.sortOrder, isActive: input.isActive }),
      CATEGORY_CODE_TAKEN,
    );
    return adminCategoryView(category);
  }

  async updateCategory(id: number, input: CategoryUpdateRequest): Promise<AdminCategoryView> {
    const category = await this.write(async (manager) => {
      await this.requireCategory(manager, id);
      if (Object.keys(input).length > 0) await manager.update(CategoryEntity, { id }, input);
      return manager.findOneByOrFail(CategoryEntity, { id });
    }, CATEGORY_CODE_TAKEN);
    return adminCategoryView(category);
  }

  // ---- back office: products

  async adminListProducts(query: AdminProductListQuery): Promise<Page<AdminProductSummary>> {
    const rows = await this.productRows(query, NEWEST_FIRST, query.cursor, query.limit, ['status']);
    const page = pageOf(rows, query.limit, (row) => row.sortKey);
    const summaries = await this.views.summaries(page.items);
    return { items: summaries.map((summary, i) => ({ ...summary, status: page.items[i]!.status })), nextCursor: page.nextCursor };
  }

  /** Any product, on or off shelf, with every SKU (inactive ones too). */
  async adminGetProduct(id: number): Promise<ProductDetail> {
    return this.productPage({ id }, true);
  }

  /** A product with its specs and SKUs in one transaction; off shelf unless the request says otherwise. */
  async createProduct(input: ProductCreateRequest): Promise<ProductDetail> {
    const skus = input.skus.map((sku) => ({ ...sku, isActive: sku.isActive ?? true }));
    const problems = [
      ...specListProblems(input.specs),
      ...specValueProblems(input.specs, skus),
      ...skus.flatMap((sku, i) => memberPriceProblem(sku.price, sku.memberPrice, `skus.${i}.memberPrice`) ?? []),
      ...duplicateCodeProblems(skus),
      ...(input.status === 'on_shelf' && !skus.some((sku) => sku.isActive) ? [NO_ACTIVE_SKU_PROBLEM] : []),
    ];
    if (problems.length > 0) throw invalid('商品信息有误', problems);
    const productId = await this.write(async (manager) => {
      await this.requireCategory(manager, input.categoryId);
      const product = await manager.save(ProductEntity, {
        categoryId: input.categoryId,
        title: input.title,
        subtitle: input.subtitle,
        description: input.description,
        specs: input.specs,
        images: input.images,
        status: input.status,
        minPrice: minPriceOf(skus),
        sales: 0,
      });
      await this.insertSkus(manager, product.id, skus, 0);
      return product.id;
    }, SKU_CODE_TAKEN);
    return this.adminGetProduct(productId);
  }

  async updateProduct(id: number, input: ProductUpdateRequest): Promise<ProductDetail> {
    await inTransaction(this.dataSource, async (manager) => {
      const exists = await manager.existsBy(ProductEntity, { id });
      if (!exists) throw new AppError('NOT_FOUND', '商品不存在');
      if (input.categoryId !== undefined) await this.requireCategory(manager, input.categoryId);
      if (Object.keys(input).length > 0) await manager.update(ProductEntity, { id }, input);
    });
    return this.adminGetProduct(id);
  }

  async addSku(productId: number, input: SkuInput): Promise<ProductDetail> {
    const priceProblem = memberPriceProblem(input.price, input.memberPrice, 'memberPrice');
    if (priceProblem) throw invalid('规格信息有误', [priceProblem]);
    await this.write(async (manager) => {
      const { product, skus } = await this.lockProduct(manager, productId);
      const problems = specValueProblems(product.specs, [input], skus, () => 'specValues');
      if (problems.length > 0) throw invalid('规格信息有误', problems);
      const sku = { ...input, isActive: input.isActive ?? true };
      await this.insertSkus(manager, productId, [sku], skus.length);
      await this.syncMinPrice(manager, product, [...skus, sku]);
    }, SKU_CODE_TAKEN);
    return this.adminGetProduct(productId);
  }

  async updateSku(skuId: number, input: SkuUpdateRequest): Promise<ProductDetail> {
    const productId = await inTransaction(this.dataSource, async (manager) => {
      const found = (await this.skus.load([skuId], manager)).get(skuId);
      if (!found) throw new AppError('NOT_FOUND', 'SKU 不存在');
      const { product, skus } = await this.lockProduct(manager, found.sku.productId);
      const current = skus.find((sku) => sku.id === skuId) ?? found.sku;
      const next = {
        price: input.price ?? current.price,
        memberPrice: input.memberPrice === undefined ? current.memberPrice : input.memberPrice,
        isActive: input.isActive ?? current.isActive,
      };
      const priceProblem = memberPriceProblem(next.price, next.memberPrice, input.memberPrice === undefined ? 'price' : 'memberPrice');
      if (priceProblem) throw invalid('规格信息有误', [priceProblem]);
      const after = skus.map((sku) => (sku.id === skuId ? { ...sku, ...next } : sku));
      if (product.status === 'on_shelf' && !after.some((sku) => sku.isActive)) {
        throw new AppError('CONFLICT', '这是在售商品的最后一个启用规格，请先下架商品');
      }
      await manager.update(SkuEntity, { id: skuId }, next);
      await this.syncMinPrice(manager, product, after);
      return product.id;
    });
    return this.adminGetProduct(productId);
  }

  /** Puts a product on or takes it off the shelf; on shelf needs at least one active SKU. */
  async setStatus(id: number, status: ProductStatus): Promise<ProductDetail> {
    await inTransaction(this.dataSource, async (manager) => {
      const { product, skus } = await this.lockProduct(manager, id);
      if (status === 'on_shelf' && !skus.some((sku) => sku.isActive)) {
        throw new AppError('CONFLICT', '商品至少要有一个启用的规格才能上架', [NO_ACTIVE_SKU_PROBLEM]);
      }
      if (product.status !== status) await manager.update(ProductEntity, { id }, { status });
    });
    return this.adminGetProduct(id);
  }

  // ---- internals

  /**
   * One page (limit + 1 rows, to know whether there is a next page) of the filtered list, each row
   * with its sort key for the cursor. A keyword matches the category's name, the title, the
   * subtitle or the description (LIKE '%keyword%'; see README for what that means at scale).
   */
  private async productRows<C extends keyof Product = never>(
    filters: ProductFilters,
    order: KeysetOrder,
    rawCursor: string | undefined,
    limit: number,
    extraColumns: C[] = [],
  ): Promise<(ProductRow & Pick<Product, C> & { sortKey: number })[]> {
    const cursor = decodeProductCursor(rawCursor);
    const relevance = order.column === 'relevance';
    if (relevance && !filters.q) throw new Error('relevance needs a keyword');
    const qb = this.dataSource.manager
      .createQueryBuilder(ProductEntity, 'p')
      .select([...PRODUCT_ROW_COLUMNS, ...extraColumns].map((column) => `p.${column}`));
    if (filters.status) qb.andWhere('p.status = :status', { status: filters.status });
    if (filters.activeCategory) {
      qb.andWhere(`p.categoryId IN (SELECT ac.id FROM ${CategoryEntity.options.tableName} ac WHERE ac.isActive = :categoryActive)`, { categoryActive: true });
    }
    if (filters.category !== undefined) qb.andWhere('p.categoryId = :category', { category: filters.category });
    if (filters.minPrice !== undefined) qb.andWhere('p.minPrice >= :minPrice', { minPrice: filters.minPrice });
    if (filters.maxPrice !== undefined) qb.andWhere('p.minPrice <= :maxPrice', { maxPrice: filters.maxPrice });
    if (filters.q) {
      qb.leftJoin(CategoryEntity.options.name, 'c', 'c.id = p.categoryId');
      const like = (column: string) => `${column} LIKE :q ESCAPE '${LIKE_ESCAPE}'`;
      qb.andWhere(`(${like('c.name')} OR ${like('p.title')} OR ${like('p.subtitle')} OR ${like('p.description')})`, {
        q: containsPattern(filters.q),
        qExact: filters.q,
      });
    }
    if (cursor) {
      const after = afterCursor('p', order, cursor);
      qb.andWhere(after.sql, after.params);
    }
    if (relevance) {
      qb.addSelect(sortKeySql('p', order), RELEVANCE_KEY).orderBy(RELEVANCE_KEY, order.direction);
    } else {
      qb.orderBy(`p.${order.column}`, order.direction);
    }
    if (order.column !== 'id') qb.addOrderBy('p.id', order.direction);
    qb.limit(limit + 1);
    if (!relevance) return (await qb.getMany()).map((row) => ({ ...row, sortKey: sortValueOf(order, row) }));
    // Nothing is joined into the selected rows, so raw rows and entities line up one to one.
    const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
    return entities.map((row, i) => ({ ...row, sortKey: sortValueOf(order, row, raw[i]?.[RELEVANCE_KEY]) }));
  }

  private async productPage(where: { id: number; status?: ProductStatus }, includeInactiveSkus: boolean): Promise<ProductDetail> {
    const manager = this.dataSource.manager;
    const product = await manager.findOneBy(ProductEntity, where);
    if (!product) throw new AppError('NOT_FOUND', where.status ? '商品不存在或已下架' : '商品不存在');
    const skus = await manager.find(SkuEntity, { where: { productId: product.id }, order: { id: 'ASC' } });
    return this.views.detail(product, skus, includeInactiveSkus);
  }

  /**
   * The product and its SKUs for a change to either. On MySQL the rows are locked FOR UPDATE,
   * so concurrent edits of one product queue up and each sees the others' committed SKUs
   * (locking reads ignore the transaction's snapshot); SQLite runs one writer at a time anyway.
   */
  private async lockProduct(manager: EntityManager, productId: number): Promise<{ product: Product; skus: Sku[] }> {
    const product = await locking(manager, manager.createQueryBuilder(ProductEntity, 'p').where('p.id = :productId', { productId })).getOne();
    if (!product) throw new AppError('NOT_FOUND', '商品不存在');
    const skus = await locking(manager, manager.createQueryBuilder(SkuEntity, 'k').where('k.productId = :productId', { productId }).orderBy('k.id', 'ASC')).getMany();
    return { product, skus };
  }

  private async insertSkus(manager: EntityManager, productId: number, skus: readonly (SkuInput & { isActive: boolean })[], existingCount: number): Promise<void> {
    await manager.insert(
      SkuEntity,
      skus.map((sku, i) => ({
        productId,
        code: sku.code ?? generatedSkuCode(productId, existingCount + i + 1),
        specValues: sku.specValues,
        price: sku.price,
        memberPrice: sku.memberPrice ?? null,
        isActive: sku.isActive,
      })),
    );
  }

  private async syncMinPrice(manager: EntityManager, product: Product, skus: readonly { price: number; isActive: boolean }[]): Promise<void> {
    const minPrice = minPriceOf(skus);
    if (minPrice !== product.minPrice) await manager.update(ProductEntity, { id: product.id }, { minPrice });
  }

  private async requireCategory(manager: EntityManager, id: number): Promise<void> {
    if (!(await manager.existsBy(CategoryEntity, { id }))) throw new AppError('NOT_FOUND', '分类不存在');
  }

  /** Runs a write in a transaction; a unique-key clash (category or SKU code) becomes 409 CONFLICT. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>, conflictMessage?: string): Promise<T> {
    try {
      return await inTransaction(this.dataSource, work);
    } catch (error) {
      if (conflictMessage !== undefined && isUniqueViolation(error)) throw new AppError('CONFLICT', conflictMessage);
      throw error;
    }
  }
}

/** The select alias of the relevance sort key (unquoted in ORDER BY, the same on SQLite and MySQL). */
const RELEVANCE_KEY = 'relevance_key';
const CATEGORY_CODE_TAKEN = 'A category with this code already exists';
const SKU_CODE_TAKEN = 'A SKU code is already in use';
const NO_ACTIVE_SKU_PROBLEM: ApiErrorDetail = { path: 'status', message: 'a product needs at least one active SKU to go on shelf' };

function invalid(message: string, details: ApiErrorDetail[]): AppError {
  return new AppError('VALIDATION_FAILED', message, details);
}

function adminCategoryView({ id, code, name, icon, sortOrder, isActive }: Category): AdminCategoryView {
  return { id, code, name, icon, sortOrder, isActive };
}
