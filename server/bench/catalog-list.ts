import { intFromEnv, percentile, runConcurrently, type BenchShop } from './harness.js';

const SORTS = ['sales', 'price_asc', 'price_desc', 'new'] as const;

/** BENCH_LIST_REQUESTS (default 3000) product-list requests mixing sorts, categories, search and pages. */
export async function catalogList(shop: BenchShop): Promise<void> {
  const requests = intFromEnv('BENCH_LIST_REQUESTS', 3000);
  const concurrency = intFromEnv('BENCH_LIST_CONCURRENCY', 32);
  const categories = (await shop.get<{ id: number }[]>('/api/v1/categories')).body.map((c) => c.id);
  const secondPage = await shop.get<{ nextCursor: string | null }>('/api/v1/products?limit=10');
  const paths = Array.from({ length: requests }, (_, i) => {
    const sort = SORTS[i % SORTS.length];
    switch (i % 4) {
      case 0:
        return `/api/v1/products?sort=${sort}&limit=20`;
      case 1:
        return `/api/v1/products?sort=${sort}&category=${categories[i % categories.length]}&limit=20`;
      case 2:
        return `/api/v1/products?q=${encodeURIComponent(i % 8 === 2 ? '棉' : '包')}&limit=20`;
      default:
        return `/api/v1/products?limit=10${secondPage.body.nextCursor ? `&cursor=${secondPage.body.nextCursor}` : ''}`;
    }
  });
  const run = await runConcurrently(
    paths.map((path) => () => shop.get<unknown>(path)),
    concurrency,
  );
  const failed = run.results.filter((r) => r.status !== 200).length;
  console.log(`catalog list  requests=${requests} concurrency=${concurrency}`);
  console.log(`  requests/s        ${(requests / run.seconds).toFixed(0)}`);
  console.log(`  latency p50/p99   ${percentile(run.latencies, 50).toFixed(1)} ms / ${percentile(run.latencies, 99).toFixed(1)} ms`);
  console.log(`  non-200 answers   ${failed}`);
  if (failed > 0) process.exitCode = 1;
}
