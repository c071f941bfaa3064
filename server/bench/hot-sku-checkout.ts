import { StockEntity } from '../src/inventory/stock.entity.js';
import { StockLocationEntity } from '../src/inventory/stock-location.entity.js';
import { SkuEntity } from '../src/catalog/sku.entity.js';
import { findStockMismatches } from '../src/inventory/stock-audit.js';
import { intFromEnv, percentile, runConcurrently, type BenchShop } from './harness.js';

/**
 * A flash sale: BENCH_BUYERS members (default 1000) try to buy one unit each of a SKU with
 * BENCH_STOCK units (default 200), BENCH_CONCURRENCY requests in flight (default 100).
 * Prints throughput, latency and oversold units (must be 0).
 */
export async function hotSkuCheckout(shop: BenchShop): Promise<void> {
  const buyers = intFromEnv('BENCH_BUYERS', 1000);
  const stock = intFromEnv('BENCH_STOCK', 200);
  const concurrency = intFromEnv('BENCH_CONCURRENCY', 100);
  const { manager } = shop.services.dataSource;
  const warehouse = await manager.findOneByOrFail(StockLocationEntity, { kind: 'warehouse' });
  const sku = (await manager.find(SkuEntity, { order: { id: 'ASC' }, take: 1 }))[0]!;
  const current = await manager.findOneByOrFail(StockEntity, { skuId: sku.id, locationId: warehouse.id });
  await shop.services.inventory.adjust(sku.id, warehouse.id, stock - (current.onHand - current.reserved), 'system:bench', 'bench setup');

  // Sign-in and addresses are setup, not part of the measured checkout.
  const people = (
    await runConcurrently(
      Array.from({ length: buyers }, (_, i) => async () => {
        const login = await shop.post<{ token: string }>('/api/v1/auth/wechat', { code: `test:bench-${i}` });
        const address = await shop.post<{ id: number }>(
          '/api/v1/addresses',
          { recipientName: '压测', phone: '13800138000', province: '上海市', city: '上海市', district: '静安区', detail: '南京西路 1 号' },
          login.body.token,
        );
        return { token: login.body.token, addressId: address.body.id };
      }),
      32,
    )
  ).results;

  const run = await runConcurrently(
    people.map(({ token, addressId }) => () => shop.post<unknown>('/api/v1/orders', { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } }, token)),
    concurrency,
  );
  const created = run.results.filter((r) => r.status === 201).length;
  const soldOut = run.results.filter((r) => r.status === 409).length;
  const errors = run.results.length - created - soldOut;
  const after = await manager.findOneByOrFail(StockEntity, { skuId: sku.id, locationId: warehouse.id });
  const oversold = Math.max(0, created - stock) + Math.max(0, after.reserved - after.onHand);
  const mismatches = await findStockMismatches(shop.services.dataSource);

  console.log(`hot-SKU checkout  buyers=${buyers} stock=${stock} concurrency=${concurrency}`);
  console.log(`  requests/s        ${(run.results.length / run.seconds).toFixed(0)}`);
  console.log(`  orders/s          ${(created / run.seconds).toFixed(0)}  (${created} orders in ${run.seconds.toFixed(2)} s)`);
  console.log(`  latency p50/p99   ${percentile(run.latencies, 50).toFixed(1)} ms / ${percentile(run.latencies, 99).toFixed(1)} ms`);
  console.log(`  sold out answers  ${soldOut}   other errors ${errors}`);
  console.log(`  oversold units    ${oversold}   ledger mismatches ${mismatches.length}`);
  if (oversold !== 0 || mismatches.length !== 0 || created !== Math.min(stock, buyers)) process.exitCode = 1;
}
