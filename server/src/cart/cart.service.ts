import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  AppError,
  CART_MAX_LINES,
  CART_MAX_LINE_QTY,
  cartPricingLines,
  priceOrder,
  type CartLineProblem,
  type CartLineView,
  type CartUpdateRequest,
  type CartView,
  type PricingMember,
  type ShippingRule,
} from '@shop/shared';
import type { AppConfig } from '../config.js';
import { affectedRows, inTransaction, isUniqueViolation } from '../platform/transaction.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import type { SkuCatalog, SkuWithProduct } from '../catalog/sku-catalog.js';
import { CartItemEntity, type CartItem } from './cart-item.entity.js';

/**
 * The line cap is checked before each insert without locking the whole cart, so concurrent adds
 * of different new SKUs can overshoot it by a few; reads stop at this hard bound regardless.
 */
const CART_READ_BOUND = CART_MAX_LINES * 2;
/** An add can lose the insert race at most once per concurrent writer; more means something else is wrong. */
const MAX_ADD_ATTEMPTS = 5;

export interface CartLineRef {
  skuId: number;
  qty: number;
}

/** Each member's cart: one line per SKU, priced and checked against stock when read. */
export class CartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly skus: SkuCatalog,
    private readonly inventory: InventoryService,
    /** The member's tier and points as pricing takes them (membership owns the rules). */
    private readonly memberOf: (memberId: number) => Promise<PricingMember>,
  ) {}

  /** The selected lines in cart order (oldest first): what "checkout from cart" buys. */
  async selectedLines(memberId: number, manager: EntityManager = this.dataSource.manager): Promise<CartLineRef[]> {
    const items = await manager.find(CartItemEntity, { where: { memberId, selected: true }, order: { id: 'ASC' }, take: CART_READ_BOUND });
    return items.map((item) => ({ skuId: item.skuId, qty: item.quantity }));
  }

  /** Drops the bought SKUs from the cart inside the caller's (order) transaction. */
  async removeSkusWithin(manager: EntityManager, memberId: number, skuIds: number[]): Promise<void> {
    if (skuIds.length === 0) return;
    await manager.delete(CartItemEntity, { memberId, skuId: In([...new Set(skuIds)]) });
  }

  async view(memberId: number): Promise<CartView> {
    const items = await this.dataSource.manager.find(CartItemEntity, { where: { memberId }, order: { id: 'ASC' }, take: CART_READ_BOUND });
    const skuIds = items.map((item) => item.skuId);
    const catalog = await this.skus.load(skuIds);
    const warehouse = await this.inventory.warehouseWithin();
    const available = await this.inventory.availableAt(warehouse.id, skuIds);
    const lines = items.map((item) => lineView(item, catalog.get(item.skuId), available.get(item.skuId) ?? 0));
    return { lines, ...totalsOf(lines, this.config.shipping, await this.memberOf(memberId)) };
  }

  /**
   * Adds units of a SKU: increases the member's existing line or creates it. Safe under
   * concurrent adds of the same SKU: the increment is one conditional UPDATE, and an INSERT
   * that loses the race to the unique (memberId, skuId) key is retried as an increment.
   * Returns whether a new line was created.
   */
  async add(memberId: number, skuId: number, qty: number): Promise<{ created: boolean }> {
    const item = (await this.skus.load([skuId])).get(skuId);
    if (!item) throw new AppError('NOT_FOUND', '商品不存在', [{ path: 'skuId', message: `no SKU ${skuId}` }]);
    if (!item.purchasable) throw new AppError('PRODUCT_UNAVAILABLE', `“${item.product.title}”已下架`);

    for (let attempt = 1; attempt <= MAX_ADD_ATTEMPTS; attempt++) {
      // Two short transactions instead of one: a failed increment leaves a gap lock on MySQL,
      // and inserting behind it from several transactions at once would deadlock.
      if (await inTransaction(this.dataSource, (manager) => this.increment(manager, memberId, skuId, qty))) return { created: false };
      if (await inTransaction(this.dataSource, (manager) => this.insertLine(manager, memberId, skuId, qty))) return { created: true };
    }
    throw new AppError('CONFLICT', '购物车正在别处修改，请稍后重试');
  }

  /** Changes quantity and/or selection of one of the member's own lines. */
  async update(memberId: number, itemId: number, changes: CartUpdateRequest): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.ownedLine(manager, memberId, itemId);
      const patch: Partial<CartItem> = {};
      if (changes.qty !== undefined) patch.quantity = changes.qty;
      if (changes.selected !== undefined) patch.selected = changes.selected;
      await manager.update(CartItemEntity, { id: itemId, memberId }, patch);
    });
  }

  /** Selects or unselects every line of the member's cart (全选). */
  async selectAll(memberId: number, selected: boolean): Promise<void> {
    await inTransaction(this.dataSource, (manager) => manager.update(CartItemEntity, { memberId }, { selected }));
  }

  async remove(memberId: number, itemId: number): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.ownedLine(manager, memberId, itemId);
      await manager.delete(CartItemEntity, { id: itemId, memberId });
    });
  }

  /** true when the member already had a line for the SKU and it now holds qty more. */
  private async increment(manager: EntityManager, memberId: number, skuId: number, qty: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CartItemEntity)
      .set({ quantity: () => `quantity + ${Number(qty)}` })
      .where('memberId = :memberId AND skuId = :skuId AND quantity + :qty <= :max', { memberId, skuId, qty, max: CART_MAX_LINE_QTY })
      .execute();
    if (affectedRows(result) === 1) return true;
    const existing = await manager.findOneBy(CartItemEntity, { memberId, skuId });
    if (existing) {
      throw new AppError('VALIDATION_FAILED', `同一商品最多加购 ${CART_MAX_LINE_QTY} 件`, [
        { path: 'qty', message: `the cart already holds ${existing.quantity}; at most ${CART_MAX_LINE_QTY - existing.quantity} more` },
      ]);
    }
    return false;
  }

  /** true when the line was created; false when a concurrent add created it first. */
  private async insertLine(manager: EntityManager, memberId: number, skuId: number, qty: number): Promise<boolean> {
    const lines = await manager.countBy(CartItemEntity, { memberId });
    if (lines >= CART_MAX_LINES) {
      throw new AppError('CONFLICT', `购物车最多放 ${CART_MAX_LINES} 种商品，请先删除一些`);
    }
    try {
      await manager.insert(CartItemEntity, { memberId, skuId, quantity: qty, selected: true });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return false;
    }
  }

  /** Another member's line answers exactly like a missing one, so ids leak nothing. */
  private async ownedLine(manager: EntityManager, memberId: number, itemId: number): Promise<CartItem> {
    const item = await manager.findOneBy(CartItemEntity, { id: itemId, memberId });
    if (!item) throw new AppError('NOT_FOUND', '购物车中没有这件商品');
    return item;
  }
}

function lineView(item: CartItem, entry: SkuWithProduct | undefined, available: number): CartLineView {
  const base = { id: item.id, skuId: item.skuId, qty: item.quantity, selected: item.selected, available };
  if (!entry) {
    // The SKU row is gone: keep the line visible (and removable) but never priceable.
    return { ...base, productId: 0, categoryId: 0, title: '商品已失效', specText: '', image: null, price: 0, memberPrice: null, problem: 'off_shelf' };
  }
  return {
    ...base,
    productId: entry.product.id,
    categoryId: entry.product.categoryId,
    title: entry.product.title,
    specText: entry.specText,
    image: entry.product.images[0] ?? null,
    price: entry.sku.price,
    memberPrice: entry.sku.memberPrice,
    problem: problemOf(entry.purchasable, item.quantity, available),
  };
}

function problemOf(purchasable: boolean, qty: number, available: number): CartLineProblem | null {
  if (!purchasable) return 'off_shelf';
  if (available <= 0) return 'out_of_stock';
  if (qty > available) return 'insufficient_stock';
  return null;
}

function totalsOf(lines: CartLineView[], shippingRule: ShippingRule, member: PricingMember): Omit<CartView, 'lines'> {
  const priceable = lines.filter((line) => line.selected && line.problem === null);
  const freeShippingThreshold = member.tier?.freeShippingThreshold ?? shippingRule.freeThreshold;
  if (priceable.length === 0) {
    return { selectedCount: 0, itemsTotal: 0, discountTotal: 0, shippingFee: 0, payableTotal: 0, freeShippingThreshold };
  }
  const pricing = priceOrder({ lines: cartPricingLines(priceable), isMember: true, member, fulfillment: 'delivery', shippingRule });
  return {
    selectedCount: priceable.reduce((sum, line) => sum + line.qty, 0),
    itemsTotal: pricing.itemsTotal,
    discountTotal: pricing.discountTotal,
    shippingFee: pricing.shippingFee,
    payableTotal: pricing.payableTotal,
    freeShippingThreshold,
  };
}
