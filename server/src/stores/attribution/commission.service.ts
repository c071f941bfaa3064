import { In, IsNull, Not, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  AppError,
  type CommissionOrderView,
  type CommissionPeriodView,
  type CommissionReportRow,
  type CommissionReportView,
  type StaffCommissionQuery,
  type StaffCommissionView,
} from '@shop/shared';
import { decodeCursor, pageOf } from '../../platform/cursor.js';
import { OrderEntity, type Order } from '../../orders/order.entity.js';
import { StaffAccountEntity } from '../staff-account.entity.js';
import { StoreEntity } from '../store.entity.js';
import { chinaMonthOf, chinaMonthRange, commissionFigures, sumFigures } from './commission.js';
import { currentStoreStaff, isSellingAccount, SELLING_ROLES, storeNames } from '../store-staff.js';

interface Period {
  month: string;
  from: Date;
  to: Date;
}

interface SalesTotals {
  orders: number;
  paid: number;
  refunded: number;
}

interface RawTotals {
  staffId?: number | string;
  orders: number | string;
  paid: number | string | null;
  refunded: number | string | null;
}

/**
 * Staff commission per China-time month: over the orders credited to a staff member (their
 * staffId: sold at the tablet, or bought by a member bound to them) and paid in the month,
 * rate × (paid − refunded). Refunds count whenever they happen, so a month's figure falls if
 * one of its orders is refunded later. Orders are read here, not changed: reports only.
 */
export class CommissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateBasisPoints: number,
  ) {}

  /** The signed-in staff member's month: figures and their orders, most recently paid first. */
  async own(staffId: number, query: StaffCommissionQuery, now = new Date()): Promise<StaffCommissionView> {
    const manager = this.dataSource.manager;
    const { account, store } = await currentStoreStaff(manager, staffId);
    const period = periodOf(query.month, now);
    const totals = await this.salesOf(manager, period).andWhere('o.staffId = :staffId', { staffId }).getRawOne<RawTotals>();

    const items = manager
      .createQueryBuilder(OrderEntity, 'o')
      .where('o.staffId = :staffId AND o.paidAt >= :from AND o.paidAt < :to', { staffId, from: period.from, to: period.to })
      .orderBy('o.paidAt', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(query.limit + 1);
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      const paidAt = typeof cursor.value === 'string' ? new Date(cursor.value) : null;
      if (!paidAt || Number.isNaN(paidAt.getTime())) throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新加载', [{ path: 'cursor', message: 'unreadable cursor' }]);
      items.andWhere('(o.paidAt < :paidAt OR (o.paidAt = :paidAt AND o.id < :afterId))', { paidAt, afterId: cursor.id });
    }
    const page = pageOf(await items.getMany(), query.limit, (o) => o.paidAt?.toISOString() ?? null);

    return {
      ...this.periodView(period),
      ...commissionFigures(salesTotals(totals), this.rateBasisPoints),
      staff: { id: account.id, username: account.username, displayName: account.displayName, storeId: store.id, storeName: store.name },
      items: page.items.map(orderView),
      nextCursor: page.nextCursor,
    };
  }

  /** A store manager's team: every staff member of their own store. */
  async team(managerStaffId: number, month: string | undefined, now = new Date()): Promise<CommissionReportView> {
    const { store } = await currentStoreStaff(this.dataSource.manager, managerStaffId, 'store_manager');
    return this.report(store.id, month, now);
  }

  /**
   * One row per selling account of one store (or of every store): those active now, and those
   * no longer active who still sold in the month.
   */
  async report(storeId: number | undefined, month: string | undefined, now = new Date()): Promise<CommissionReportView> {
    const manager = this.dataSource.manager;
    const period = periodOf(month, now);
    const store = storeId === undefined ? null : await manager.findOneBy(StoreEntity, { id: storeId });
    if (storeId !== undefined && !store) throw new AppError('NOT_FOUND', '门店不存在');

    const accounts = (
      await manager.find(StaffAccountEntity, {
        where: { role: In([...SELLING_ROLES]), storeId: storeId ?? Not(IsNull()) },
        order: { storeId: 'ASC', id: 'ASC' },
      })
    ).filter(isSellingAccount);
    const sales = new Map<number, SalesTotals>();
    if (accounts.length > 0) {
      const byStaff = this.salesOf(manager, period).addSelect('o.staffId', 'staffId').groupBy('o.staffId');
      // One store: its staff's orders only. Every store: every credited order, matched below.
      if (store) byStaff.andWhere('o.staffId IN (:...staffIds)', { staffIds: accounts.map((a) => a.id) });
      else byStaff.andWhere('o.staffId IS NOT NULL');
      for (const raw of await byStaff.getRawMany<RawTotals>()) sales.set(Number(raw.staffId), salesTotals(raw));
    }

    const names = await storeNames(manager, accounts.map((a) => a.storeId));
    const rows: CommissionReportRow[] = accounts
      .filter((a) => a.isActive || sales.has(a.id))
      .map((a) => ({
        staffId: a.id,
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        isActive: a.isActive,
        storeId: a.storeId,
        storeName: names.get(a.storeId) ?? '',
        ...commissionFigures(sales.get(a.id) ?? { orders: 0, paid: 0, refunded: 0 }, this.rateBasisPoints),
      }))
      // Store by store, best seller first.
      .sort((a, b) => a.storeId - b.storeId || b.net - a.net || a.staffId - b.staffId);
    return { ...this.periodView(period), store: store ? { id: store.id, name: store.name } : null, rows, totals: sumFigures(rows) };
  }

  /** Count, paid and refunded over the orders paid in the period (the caller narrows by staff). */
  private salesOf(manager: EntityManager, period: Period): SelectQueryBuilder<Order> {
    return manager
      .createQueryBuilder(OrderEntity, 'o')
      .select('COUNT(o.id)', 'orders')
      .addSelect('COALESCE(SUM(o.payableTotal), 0)', 'paid')
      .addSelect('COALESCE(SUM(o.refundedTotal), 0)', 'refunded')
      .where('o.paidAt >= :from AND o.paidAt < :to', { from: period.from, to: period.to });
  }

  private periodView(period: Period): CommissionPeriodView {
    return { month: period.month, from: period.from.toISOString(), to: period.to.toISOString(), rateBasisPoints: this.rateBasisPoints };
  }
}

function periodOf(month: string | undefined, now: Date): Period {
  const chosen = month ?? chinaMonthOf(now);
  return { month: chosen, ...chinaMonthRange(chosen) };
}

/** MySQL answers SUM and COUNT as strings. */
function salesTotals(raw: RawTotals | undefined): SalesTotals {
  return { orders: Number(raw?.orders ?? 0), paid: Number(raw?.paid ?? 0), refunded: Number(raw?.refunded ?? 0) };
}

function orderView(order: Order): CommissionOrderView {
  return {
    orderId: order.id,
    orderNo: order.orderNo,
    status: order.status,
    channel: order.channel,
    // Only orders with a paidAt in the period are listed.
    paidAt: order.paidAt!.toISOString(),
    paid: order.payableTotal,
    refunded: order.refundedTotal,
    net: order.payableTotal - order.refundedTotal,
  };
}
