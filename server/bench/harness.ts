import { createServer, type AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/data-source.js';
import { createScratchDatabase } from '../src/db/scratch-database.js';
import { createLogger } from '../src/platform/logger.js';
import { createServices, type Services } from '../src/services.js';
import { seedDemoShop } from '../src/db/seed/seed.js';
import { demoShop } from '../src/db/seed/demo-data.js';

export interface BenchShop {
  services: Services;
  baseUrl: string;
  post<T>(path: string, body: unknown, token?: string): Promise<{ status: number; body: T }>;
  get<T>(path: string, token?: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/readyz`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not become ready');
}

/**
 * A scratch database (MariaDB unless BENCH_DB=sqlite) seeded with the demo shop, and the real
 * server started on it as a separate process, as in production. This process keeps its own
 * connection for setup and for checking the invariants afterwards.
 */
export async function startBenchShop(): Promise<BenchShop> {
  const kind = process.env.BENCH_DB === 'sqlite' ? 'sqlite' : 'mysql';
  const database = await createScratchDatabase(kind, process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306', 'shop_bench');
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' }), database: database.config };
  const dataSource = await openDatabase(database.config);
  const services = createServices(config, dataSource, createLogger('silent'));
  await seedDemoShop(dataSource, services.inventory, demoShop);

  const port = await freePort();
  const databaseEnv = database.config.kind === 'mysql' ? { DATABASE_URL: database.config.url } : { SQLITE_PATH: database.config.path };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    // Checkout is measured up to the order; payments are not exercised, so no emulator is started.
    env: { ...process.env, ...databaseEnv, PORT: String(port), LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', SEED_DEMO_DATA: 'false', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret', WECHATPAY_BASE_URL: 'http://127.0.0.1:9' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, child);
  const call = async <T>(method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    services,
    baseUrl,
    post: (path, body, token) => call('POST', path, body, token),
    get: (path, token) => call('GET', path, undefined, token),
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Runs `tasks` with at most `concurrency` in flight; returns each task's latency in ms. */
export async function runConcurrently<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<{ results: T[]; latencies: number[]; seconds: number }> {
  const results: T[] = new Array(tasks.length);
  const latencies: number[] = new Array(tasks.length);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const t0 = performance.now();
      results[index] = await tasks[index]!();
      latencies[index] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return { results, latencies, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
