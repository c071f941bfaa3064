import { AppError, type DisplayMoveRequest, type DisplayMoveView, type StockAdjustRequest, type StockReceiveRequest, type StockView } from '@shop/shared';
import type { SkuCatalog } from '../catalog/sku-catalog.js';
import { actorOf, type Principal } from '../http/context.js';
import type { InventoryService } from './inventory.service.js';
import type { StockQueries } from './stock-queries.js';
import type { Stock } from './stock.entity.js';
import type { StockLocation } from './stock-location.entity.js';

/**
 * Manual stock changes from the admin API. Who may change where: an admin anywhere, a store
 * manager only at their own store's location (never the central warehouse).
 */
export class StockAdmin {
  constructor(
    private readonly inventory: InventoryService,
    private readonly queries: StockQueries,
    private readonly skus: SkuCatalog,
  ) {}

  async receive(principal: Principal, request: StockReceiveRequest): Promise<StockView> {
    await this.authorize(principal, request.skuId, request.locationId);
    const stock = await this.inventory.receive(request.skuId, request.locationId, request.quantity, actorOf(principal), request.reason);
    return this.view(stock);
  }

  /** A correction that would take available units below zero is a 409 and changes nothing. */
  async adjust(principal: Principal, request: StockAdjustRequest): Promise<StockView> {
    await this.authorize(principal, request.skuId, request.locationId);
    const stock = await this.inventory.adjust(request.skuId, request.locationId, request.delta, actorOf(principal), request.reason);
    return this.view(stock);
  }

  /**
   * Moves units between a store's sellable stock and its display samples: an admin for any
   * store, a manager for their own. Only available units become samples; too few is a 409.
   */
  async moveDisplay(principal: Principal, request: DisplayMoveRequest): Promise<DisplayMoveView> {
    const sellable = await this.inventory.locationOfStore(request.storeId).catch(() => null);
    if (!sellable) throw new AppError('NOT_FOUND', '门店不存在或没有库存', [{ path: 'storeId', message: `no stock location for store ${request.storeId}` }]);
    if (!(await this.skus.load([request.skuId])).has(request.skuId)) throw new AppError('NOT_FOUND', '商品规格不存在', [{ path: 'skuId', message: `no SKU ${request.skuId}` }]);
    if (!mayChangeStockAt(principal, sellable)) throw new AppError('FORBIDDEN', '只能调整本门店的样品');
    const moved = await this.inventory.moveDisplay(request.storeId, request.skuId, request.quantity, request.direction, actorOf(principal), request.reason);
    const [sellableView, displayView] = await this.queries.stockViews([moved.sellable, moved.display]);
    if (!sellableView || !displayView) throw new AppError('INTERNAL', '库存记录异常，请重试');
    return { sellable: sellableView, display: displayView };
  }

  private async authorize(principal: Principal, skuId: number, locationId: number): Promise<StockLocation> {
    const location = await this.queries.location(locationId);
    if (!location) throw new AppError('NOT_FOUND', '库存地点不存在', [{ path: 'locationId', message: `no location ${locationId}` }]);
    if (!(await this.skus.load([skuId])).has(skuId)) throw new AppError('NOT_FOUND', '商品规格不存在', [{ path: 'skuId', message: `no SKU ${skuId}` }]);
    if (!mayChangeStockAt(principal, location)) throw new AppError('FORBIDDEN', '只能调整本门店的库存');
    return location;
  }

  private async view(stock: Stock): Promise<StockView> {
    const [view] = await this.queries.stockViews([stock]);
    if (!view) throw new AppError('INTERNAL', '库存记录异常，请重试');
    return view;
  }
}

export function mayChangeStockAt(principal: Principal, location: StockLocation): boolean {
  if (principal.roles.includes('admin')) return true;
  return (
    principal.kind === 'staff' && principal.roles.includes('store_manager') && principal.storeId !== null && location.storeId === principal.storeId
  );
}
