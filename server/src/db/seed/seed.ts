import type { DataSource, EntityManager } from 'typeorm';
import { CategoryEntity } from '../../catalog/category.entity.js';
import { ProductEntity } from '../../catalog/product.entity.js';
import { SkuEntity } from '../../catalog/sku.entity.js';
import { StockLocationEntity } from '../../inventory/stock-location.entity.js';
import type { InventoryService } from '../../inventory/inventory.service.js';
import { StoreEntity } from '../../stores/store.entity.js';
import { StaffAccountEntity } from '../../stores/staff-account.entity.js';
import { hashPassword } from '../../stores/password.js';
import { inTransaction } from '../../platform/transaction.js';
import type { DemoCouponTemplate, DemoGroupbuyCampaign, DemoProduct, DemoShop } from './demo-data.types.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity } from '../../groupbuy/campaign.entity.js';
import { CouponTemplateEntity } from '../../coupons/coupon-template.entity.js';
import { HotWordEntity } from '../../catalog/hot-word.entity.js';
import { couponTemplateCreateSchema, groupbuyCampaignCreateSchema, hotWordTextSchema } from '@shop/shared';

const SEED_ACTOR = 'system:seed';

/** True when the shop has no catalog, stores or accounts yet: the only case in which we seed. */
export async function isEmptyShop(dataSource: DataSource): Promise<boolean> {
  const manager = dataSource.manager;
  const counts = await Promise.all([manager.count(CategoryEntity), manager.count(StoreEntity), manager.count(StaffAccountEntity), manager.count(StockLocationEntity)]);
  return counts.every((n) => n === 0);
}

/**
 * Seeds the demo shop in one transaction, only into an empty database, so it can never run
 * twice or touch real data. Stock arrives through the inventory ledger like any receipt.
 */
export async function seedDemoShop(dataSource: DataSource, inventory: InventoryService, shop: DemoShop): Promise<boolean> {
  if (!(await isEmptyShop(dataSource))) return false;
  const staffHashes = await Promise.all(shop.staff.map((s) => hashPassword(s.password)));
  return inTransaction(dataSource, async (manager) => {
    if ((await manager.count(CategoryEntity)) > 0) return false;
    const warehouse = await manager.save(StockLocationEntity, { code: shop.warehouse.code, name: shop.warehouse.name, kind: 'warehouse', storeId: null });
    const storeLocations = new Map<string, { storeId: number; locationId: number; displayLocationId: number }>();
    for (const demoStore of shop.stores) {
      const store = await manager.save(StoreEntity, { ...demoStore, pickupEnabled: true, isActive: true });
      const location = await manager.save(StockLocationEntity, { code: `LOC-${demoStore.code}`, name: demoStore.name, kind: 'store', storeId: store.id });
      // Try-on samples are a location of their own, so they are never sold or dispatched.
      const display = await manager.save(StockLocationEntity, { code: `LOC-${demoStore.code}-DISPLAY`, name: `${demoStore.name} 样品`, kind: 'display', storeId: store.id });
      storeLocations.set(demoStore.code, { storeId: store.id, locationId: location.id, displayLocationId: display.id });
    }
    for (const [index, account] of shop.staff.entries()) {
      const storeId = account.storeCode ? (storeLocations.get(account.storeCode)?.storeId ?? null) : null;
      await manager.insert(StaffAccountEntity, {
        username: account.username,
        passwordHash: staffHashes[index] ?? '',
        displayName: account.displayName,
        role: account.role,
        storeId,
        isActive: true,
      });
    }
    const categoryIds = new Map<string, number>();
    for (const [sortOrder, demoCategory] of shop.categories.entries()) {
      const category = await manager.save(CategoryEntity, { code: demoCategory.code, name: demoCategory.name, icon: demoCategory.icon, sortOrder, isActive: true });
      categoryIds.set(demoCategory.code, category.id);
      for (const demoProduct of demoCategory.products) {
        await seedProduct(manager, inventory, category.id, demoProduct, warehouse.id, storeLocations);
      }
    }
    for (const coupon of shop.coupons ?? []) await seedCouponTemplate(manager, coupon, categoryIds);
    for (const campaign of shop.groupbuys ?? []) await seedGroupbuyCampaign(manager, campaign);
    const hotWords = (shop.hotWords ?? []).map((word, sortOrder) => ({ word: hotWordTextSchema.parse(word), sortOrder, isActive: true }));
    if (hotWords.length > 0) await manager.insert(HotWordEntity, hotWords);
    return true;
  });
}

/** An active template, checked by the same rules as one a marketer creates. */
async function seedCouponTemplate(manager: EntityManager, demo: DemoCouponTemplate, categoryIds: Map<string, number>): Promise<void> {
  const scope = demo.scope.kind === 'all' ? demo.scope : { kind: 'categories' as const, ids: demo.scope.codes.map((code) => categoryIds.get(code) ?? 0) };
  const template = couponTemplateCreateSchema.parse({ ...demo, scope });
  await manager.insert(CouponTemplateEntity, { ...template, issuedCount: 0, claimStartsAt: null, claimEndsAt: null, status: 'active', createdBy: SEED_ACTOR });
}

/** A running campaign, checked by the same rules as one a marketer creates. */
async function seedGroupbuyCampaign(manager: EntityManager, demo: DemoGroupbuyCampaign, now = new Date()): Promise<void> {
  const product = await manager.findOneByOrFail(ProductEntity, { title: demo.productTitle });
  const skus = await manager.find(SkuEntity, { where: { productId: product.id, isActive: true }, order: { id: 'ASC' } });
  const { skus: campaignSkus, startsAt, endsAt, ...rules } = groupbuyCampaignCreateSchema.parse({
    name: demo.name,
    productId: product.id,
    groupSize: demo.groupSize,
    formMinutes: demo.formMinutes,
    startsAt: now.toISOString(),
    endsAt: new Date(now.getTime() + demo.days * 86_400_000).toISOString(),
    leaderDiscount: demo.leaderDiscount,
    skus: skus.map((sku) => ({ skuId: sku.id, groupPrice: sku.price - demo.groupDiscount, stockCap: demo.stockCap })),
  });
  const inserted = await manager.insert(GroupbuyCampaignEntity, { ...rules, startsAt: new Date(startsAt), endsAt: new Date(endsAt), status: 'active', createdBy: SEED_ACTOR });
  const campaignId = Number(inserted.identifiers[0]?.id);
  await manager.insert(GroupbuyCampaignSkuEntity, campaignSkus.map((s) => ({ campaignId, skuId: s.skuId, groupPrice: s.groupPrice, stockCap: s.stockCap, sold: 0 })));
}

async function seedProduct(
  manager: EntityManager,
  inventory: InventoryService,
  categoryId: number,
  demo: DemoProduct,
  warehouseId: number,
  storeLocations: Map<string, { locationId: number; displayLocationId: number }>,
): Promise<void> {
  const product = await manager.save(ProductEntity, {
    categoryId,
    title: demo.title,
    subtitle: demo.subtitle,
    description: demo.description,
    specs: demo.specs,
    images: demo.images,
    status: 'on_shelf',
    minPrice: Math.min(...demo.skus.map((s) => s.price)),
    sales: demo.sales,
  });
  for (const [index, demoSku] of demo.skus.entries()) {
    const sku = await manager.save(SkuEntity, {
      productId: product.id,
      code: `${demo.slug}-${index + 1}`.toUpperCase(),
      specValues: demoSku.specValues,
      price: demoSku.price,
      memberPrice: demoSku.memberPrice ?? null,
      isActive: true,
    });
    if (demoSku.warehouseStock > 0) {
      await inventory.changeOnHandWithin(manager, sku.id, warehouseId, demoSku.warehouseStock, 'receive', SEED_ACTOR, '初始入库');
    }
    for (const [storeCode, quantity] of Object.entries(demoSku.storeStock)) {
      const location = storeLocations.get(storeCode);
      if (location && quantity > 0) await inventory.changeOnHandWithin(manager, sku.id, location.locationId, quantity, 'receive', SEED_ACTOR, '初始入库');
    }
    for (const [storeCode, quantity] of Object.entries(demoSku.displayStock ?? {})) {
      const location = storeLocations.get(storeCode);
      if (location && quantity > 0) await inventory.changeOnHandWithin(manager, sku.id, location.displayLocationId, quantity, 'receive', SEED_ACTOR, '样品入库');
    }
  }
}
