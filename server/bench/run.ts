/**
 * npm run bench [-- hot|list]: the server in this process on a scratch MariaDB database
 * (BENCH_DB=sqlite for the embedded default), load from this process over loopback.
 */
import { startBenchShop } from './harness.js';
import { hotSkuCheckout } from './hot-sku-checkout.js';
import { catalogList } from './catalog-list.js';

const which = process.argv[2] ?? 'all';
const shop = await startBenchShop();
try {
  console.log(`database: ${shop.services.dataSource.options.type}`);
  if (which === 'all' || which === 'list') await catalogList(shop);
  if (which === 'all' || which === 'hot') await hotSkuCheckout(shop);
} finally {
  await shop.close();
}
