import type { DataSource } from 'typeorm';
import type { StockAuditMismatch, StockAuditView } from '@shop/shared';
import { StockEntity } from './stock.entity.js';
import { StockMovementEntity } from './stock-movement.entity.js';

const BATCH = 500;

interface LedgerRow {
  id?: number | string;
  skuId: number | string;
  locationId: number | string;
  onHand?: number | string;
  reserved?: number | string;
  ledgerOnHand: number | string | null;
  ledgerReserved: number | string | null;
}

// leftJoin() is typed for classes and entity names, not EntitySchema objects; the name resolves the same.

/**
 * Replays the stock ledger: for every (sku, location), the sums of StockMovement deltas must
 * equal the Stock row (a missing row counts as 0 units). Stock rows are read in keyset batches,
 * each joined to its ledger sums in one statement, so every comparison sees one consistent
 * snapshot even while orders are being placed.
 */
export async function auditStockLedger(dataSource: DataSource): Promise<StockAuditView> {
  const manager = dataSource.manager;
  const mismatches: StockAuditMismatch[] = [];
  let checked = 0;
  let afterId = 0;
  for (;;) {
    const rows: LedgerRow[] = await manager
      .createQueryBuilder(StockEntity, 's')
      .leftJoin(StockMovementEntity.options.name, 'm', 'm.skuId = s.skuId AND m.locationId = s.locationId')
      .select('s.id', 'id')
      .addSelect('s.skuId', 'skuId')
      .addSelect('s.locationId', 'locationId')
      .addSelect('s.onHand', 'onHand')
      .addSelect('s.reserved', 'reserved')
      .addSelect('COALESCE(SUM(m.onHandDelta), 0)', 'ledgerOnHand')
      .addSelect('COALESCE(SUM(m.reservedDelta), 0)', 'ledgerReserved')
      .where('s.id > :afterId', { afterId })
      .groupBy('s.id')
      .addGroupBy('s.skuId')
      .addGroupBy('s.locationId')
      .addGroupBy('s.onHand')
      .addGroupBy('s.reserved')
      .orderBy('s.id', 'ASC')
      .limit(BATCH)
      .getRawMany();
    for (const row of rows) {
      const found = mismatchOf(row, Number(row.onHand), Number(row.reserved));
      if (found) mismatches.push(found);
    }
    checked += rows.length;
    const last = rows[rows.length - 1];
    if (rows.length < BATCH || !last) break;
    afterId = Number(last.id);
  }

  // Ledger entries for a (sku, location) that has no Stock row at all.
  const orphans: LedgerRow[] = await manager
    .createQueryBuilder(StockMovementEntity, 'm')
    .leftJoin(StockEntity.options.name, 's', 's.skuId = m.skuId AND s.locationId = m.locationId')
    .select('m.skuId', 'skuId')
    .addSelect('m.locationId', 'locationId')
    .addSelect('SUM(m.onHandDelta)', 'ledgerOnHand')
    .addSelect('SUM(m.reservedDelta)', 'ledgerReserved')
    .where('s.id IS NULL')
    .groupBy('m.skuId')
    .addGroupBy('m.locationId')
    .getRawMany();
  for (const row of orphans) {
    const found = mismatchOf(row, null, null);
    if (found) mismatches.push(found);
  }
  checked += orphans.length;
  return { checked, mismatches };
}

/** The mismatches alone: `[]` means the ledger explains every stock figure. */
export async function findStockMismatches(dataSource: DataSource): Promise<StockAuditMismatch[]> {
  return (await auditStockLedger(dataSource)).mismatches;
}

function mismatchOf(row: LedgerRow, onHand: number | null, reserved: number | null): StockAuditMismatch | null {
  // MySQL returns SUM() as a DECIMAL string.
  const ledgerOnHand = Number(row.ledgerOnHand ?? 0);
  const ledgerReserved = Number(row.ledgerReserved ?? 0);
  if (ledgerOnHand === (onHand ?? 0) && ledgerReserved === (reserved ?? 0)) return null;
  return { skuId: Number(row.skuId), locationId: Number(row.locationId), onHand, reserved, ledgerOnHand, ledgerReserved };
}
