import { In, type DataSource } from 'typeorm';
import { AppError, type GroupbuyCampaignCard, type GroupbuyCampaignCreate, type GroupbuyCampaignStats, type GroupbuyCampaignStatus, type GroupbuyCampaignView, type GroupbuyOfferView, type Page } from '@shop/shared';
import { inTransaction } from '../platform/transaction.js';
import { decodeCursor, pageOf } from '../platform/cursor.js';
import { SkuEntity } from '../catalog/sku.entity.js';
import { ProductEntity, type Product } from '../catalog/product.entity.js';
import type { SkuCatalog, SkuWithProduct } from '../catalog/sku-catalog.js';
import { OrderEntity } from '../orders/order.entity.js';
import { setPromotionStatus } from '../util/promotion-status.js';
import { groupBy } from '../util/group-by.js';
import { GroupbuyCampaignEntity, GroupbuyCampaignSkuEntity, type GroupbuyCampaign, type GroupbuyCampaignSku } from './campaign.entity.js';
import { GroupbuyGroupEntity, GroupbuyMemberEntity } from './group.entity.js';
import { campaignRunning } from './group-rules.js';

/** Marketers' side of group-buying: campaigns, their status and their numbers; and the offers consumers see. */
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: SkuCatalog,
  ) {}

  async create(input: GroupbuyCampaignCreate, actor: string): Promise<GroupbuyCampaignView> {
    const product = await this.dataSource.manager.findOneBy(ProductEntity, { id: input.productId });
    if (!product) throw new AppError('VALIDATION_FAILED', '商品不存在', [{ path: 'productId', message: `no product ${input.productId}` }]);
    const skus = await this.dataSource.manager.findBy(SkuEntity, { id: In(input.skus.map((s) => s.skuId)) });
    for (const [index, wanted] of input.skus.entries()) {
      const sku = skus.find((s) => s.id === wanted.skuId);
      if (!sku || sku.productId !== product.id) throw new AppError('VALIDATION_FAILED', '参团规格必须属于该商品', [{ path: `skus.${index}.skuId`, message: `SKU ${wanted.skuId} is not a SKU of product ${product.id}` }]);
      if (wanted.groupPrice >= sku.price) throw new AppError('VALIDATION_FAILED', '拼团价必须低于原价', [{ path: `skus.${index}.groupPrice`, message: `list price is ${sku.price}` }]);
    }
    const id = await inTransaction(this.dataSource, async (manager) => {
      const { skus: campaignSkus, startsAt, endsAt, ...rules } = input;
      const inserted = await manager.insert(GroupbuyCampaignEntity, { ...rules, startsAt: new Date(startsAt), endsAt: new Date(endsAt), status: 'draft', createdBy: actor });
      const campaignId = Number(inserted.identifiers[0]?.id);
      await manager.insert(GroupbuyCampaignSkuEntity, campaignSkus.map((s) => ({ campaignId, skuId: s.skuId, groupPrice: s.groupPrice, stockCap: s.stockCap, sold: 0 })));
      return campaignId;
    });
    return this.get(id);
  }

  async get(id: number): Promise<GroupbuyCampaignView> {
    const campaign = await this.dataSource.manager.findOneBy(GroupbuyCampaignEntity, { id });
    if (!campaign) throw new AppError('NOT_FOUND', '拼团活动不存在');
    const [view] = await this.views([campaign]);
    return view!;
  }

  /** Campaigns with their SKUs and the product facts a marketer reads them by, in three queries. */
  private async views(campaigns: GroupbuyCampaign[]): Promise<GroupbuyCampaignView[]> {
    if (campaigns.length === 0) return [];
    const { skusByCampaign, facts, products } = await this.describe(campaigns);
    return campaigns.map((c) => campaignView(c, skusByCampaign.get(c.id) ?? [], facts, products.get(c.productId)));
  }

  private async describe(campaigns: GroupbuyCampaign[]) {
    const skus = await this.dataSource.manager.find(GroupbuyCampaignSkuEntity, { where: { campaignId: In(campaigns.map((c) => c.id)) }, order: { id: 'ASC' } });
    const [facts, products] = await Promise.all([
      this.catalog.load(skus.map((s) => s.skuId)),
      this.dataSource.manager.findBy(ProductEntity, { id: In([...new Set(campaigns.map((c) => c.productId))]) }),
    ]);
    return { skusByCampaign: groupBy(skus, (s) => s.campaignId), facts, products: new Map(products.map((p) => [p.id, p])) };
  }

  async list(query: { status?: GroupbuyCampaignStatus; cursor?: string; limit: number }): Promise<Page<GroupbuyCampaignView>> {
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.manager.createQueryBuilder(GroupbuyCampaignEntity, 'c').orderBy('c.id', 'DESC').take(query.limit + 1);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (after) qb.andWhere('c.id < :afterId', { afterId: after.id });
    const page = pageOf(await qb.getMany(), query.limit, (c) => c.id);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** Campaigns running now whose product is on sale, soonest ending first: the storefront's 拼团 list. */
  async running(limit: number, now = new Date()): Promise<GroupbuyCampaignCard[]> {
    const campaigns = await this.dataSource.manager
      .createQueryBuilder(GroupbuyCampaignEntity, 'c')
      .where('c.status = :active AND c.startsAt <= :now AND c.endsAt > :now', { active: 'active', now })
      .orderBy('c.endsAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(limit)
      .getMany();
    if (campaigns.length === 0) return [];
    const { skusByCampaign, facts, products } = await this.describe(campaigns);
    return campaigns.flatMap((c) => {
      const product = products.get(c.productId);
      const offered = (skusByCampaign.get(c.id) ?? []).filter((s) => s.sold < s.stockCap && facts.get(s.skuId)?.purchasable);
      const cheapest = offered.reduce<GroupbuyCampaignSku | null>((best, s) => (best === null || s.groupPrice < best.groupPrice ? s : best), null);
      if (!product || !cheapest) return [];
      return [{ campaignId: c.id, name: c.name, productId: c.productId, productTitle: product.title, productImage: product.images[0] ?? null, groupSize: c.groupSize, endsAt: c.endsAt.toISOString(), groupPrice: cheapest.groupPrice, listPrice: facts.get(cheapest.skuId)?.sku.price ?? cheapest.groupPrice }];
    });
  }

  async setStatus(id: number, status: Exclude<GroupbuyCampaignStatus, 'draft'>): Promise<GroupbuyCampaignView> {
    await inTransaction(this.dataSource, (manager) => setPromotionStatus(manager, GroupbuyCampaignEntity, id, status, { name: '拼团活动' }));
    return this.get(id);
  }

  /** Running campaigns of a product, as its page shows them. */
  async offersFor(productId: number, now = new Date()): Promise<GroupbuyOfferView[]> {
    const campaigns = (await this.dataSource.manager.find(GroupbuyCampaignEntity, { where: { productId, status: 'active' }, order: { id: 'ASC' } })).filter((c) => campaignRunning(c, now));
    if (campaigns.length === 0) return [];
    const skus = groupBy(await this.dataSource.manager.find(GroupbuyCampaignSkuEntity, { where: { campaignId: In(campaigns.map((c) => c.id)) }, order: { id: 'ASC' } }), (s) => s.campaignId);
    return campaigns.map((c) => ({
      campaignId: c.id,
      name: c.name,
      productId: c.productId,
      groupSize: c.groupSize,
      formMinutes: c.formMinutes,
      endsAt: c.endsAt.toISOString(),
      newMembersOnly: c.newMembersOnly,
      leaderDiscount: c.leaderDiscount,
      skus: (skus.get(c.id) ?? []).map((s) => ({ skuId: s.skuId, groupPrice: s.groupPrice, available: Math.max(0, s.stockCap - s.sold) })),
    }));
  }

  async stats(campaignId: number): Promise<GroupbuyCampaignStats> {
    await this.get(campaignId);
    const manager = this.dataSource.manager;
    const byStatus = await manager
      .createQueryBuilder(GroupbuyGroupEntity, 'g')
      .select('g.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('g.campaignId = :campaignId AND g.openedAt IS NOT NULL', { campaignId })
      .groupBy('g.status')
      .getRawMany<{ status: string; n: string | number }>();
    const count = (status: string) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
    const started = byStatus.reduce((sum, r) => sum + Number(r.n), 0);
    const succeeded = count('succeeded');
    const failed = count('failed');
    const gmv = await manager
      .createQueryBuilder(GroupbuyMemberEntity, 's')
      .innerJoin(GroupbuyGroupEntity.options.name, 'g', 'g.id = s.groupId')
      .innerJoin(OrderEntity.options.name, 'o', 'o.id = s.orderId')
      .select('COALESCE(SUM(o.payableTotal - o.refundedTotal), 0)', 'gmv')
      .where('s.campaignId = :campaignId AND g.status = :succeeded AND s.status = :paid', { campaignId, succeeded: 'succeeded', paid: 'paid' })
      .getRawOne<{ gmv: string | number }>();
    // A new member: this campaign's paid group order is the first order they ever paid.
    const newMembers = await manager
      .createQueryBuilder(GroupbuyMemberEntity, 's')
      .innerJoin(OrderEntity.options.name, 'o', 'o.id = s.orderId')
      .select('COUNT(DISTINCT s.memberId)', 'n')
      .where('s.campaignId = :campaignId AND o.paidAt IS NOT NULL', { campaignId })
      .andWhere(`NOT EXISTS (SELECT 1 FROM ${OrderEntity.options.tableName} p WHERE p.memberId = s.memberId AND p.paidAt IS NOT NULL AND p.paidAt < o.paidAt)`)
      .getRawOne<{ n: string | number }>();
    const decided = succeeded + failed;
    return {
      campaignId,
      groupsStarted: started,
      groupsSucceeded: succeeded,
      groupsFailed: failed,
      successRateBasisPoints: decided === 0 ? 0 : Math.floor((succeeded * 10_000) / decided),
      gmv: Number(gmv?.gmv ?? 0),
      newMembers: Number(newMembers?.n ?? 0),
    };
  }
}

function campaignView(campaign: GroupbuyCampaign, skus: GroupbuyCampaignSku[], facts: Map<number, SkuWithProduct>, product: Product | undefined): GroupbuyCampaignView {
  return {
    id: campaign.id,
    name: campaign.name,
    productId: campaign.productId,
    productTitle: product?.title ?? '',
    productImage: product?.images[0] ?? null,
    groupSize: campaign.groupSize,
    formMinutes: campaign.formMinutes,
    startsAt: campaign.startsAt.toISOString(),
    endsAt: campaign.endsAt.toISOString(),
    perMemberLimit: campaign.perMemberLimit,
    newMembersOnly: campaign.newMembersOnly,
    simulateWhenShortBy: campaign.simulateWhenShortBy,
    leaderDiscount: campaign.leaderDiscount,
    status: campaign.status,
    skus: skus.map((s) => {
      const fact = facts.get(s.skuId);
      return { skuId: s.skuId, specText: fact?.specText ?? '', listPrice: fact?.sku.price ?? 0, groupPrice: s.groupPrice, stockCap: s.stockCap, sold: s.sold };
    }),
    createdAt: campaign.createdAt.toISOString(),
  };
}
