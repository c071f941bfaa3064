import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createScratchDatabase } from '../../src/db/scratch-database.js';
import { startWechatEmulator, type EmulatorOptions, type WechatEmulator } from '../../emulator/emulator.js';
import { openDatabase } from '../../src/db/data-source.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServices, type Services } from '../../src/services.js';
import { createApp } from '../../src/app.js';
import { seedDemoShop } from '../../src/db/seed/seed.js';
import { demoShop } from '../../src/db/seed/demo-data.js';

export interface RequestOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** Send this exact text as the body (for malformed-JSON tests). */
  rawBody?: string;
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApp {
  services: Services;
  baseUrl: string;
  /** The local WeChat emulator, when the test asked for one. */
  emulator: WechatEmulator | null;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  /** Signs in (creating on first use) the consumer `test:<name>` and returns their token. */
  loginMember(name: string): Promise<string>;
  loginStaff(username: string, password: string): Promise<string>;
  /**
   * Another server process's view: its own services and connections on the same database.
   * SQLite is the single-process embedded default (several instances is the MySQL
   * deployment), so there it is this process's services and the race runs in one process.
   */
  otherProcess(): Promise<Services>;
  close(): Promise<void>;
}

export const DEMO_PASSWORDS = { staff: 'Demo-staff-2026', marketer: 'Demo-marketer-2026', admin: 'Demo-admin-2026' } as const;

export function testDatabaseKind(): 'sqlite' | 'mysql' {
  return process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

/**
 * Starts the real Koa app on an ephemeral port against a fresh real database.
 * `seed: 'demo'` loads the demo shop (catalog, stores, stock, staff) as `npm start` does.
 */
export async function startTestApp(options: { seed?: 'demo' | 'none'; config?: Partial<AppConfig>; emulator?: EmulatorOptions } = {}): Promise<TestApp> {
  const database = await createScratchDatabase(testDatabaseKind(), process.env.TEST_MYSQL_URL, 'shop_test');
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }), database: database.config, ...options.config };
  // WeChat Pay goes to a local emulator of its own; its notifications come back to this app.
  const emulator = options.emulator ? await startWechatEmulator({ port: 0, ...options.emulator }) : null;
  if (emulator) {
    config.wechatPay = { ...config.wechatPay, baseUrl: emulator.url, emulatorToken: emulator.controlToken };
    config.messages = { ...config.messages, baseUrl: emulator.url };
    config.sms = { ...config.sms, baseUrl: emulator.url };
  }
  const dataSource = await openDatabase(database.config);
  const services = createServices(config, dataSource, createLogger(config.logLevel));
  if ((options.seed ?? 'demo') === 'demo') await seedDemoShop(dataSource, services.inventory, demoShop);
  const server: Server = createApp(services).listen(0, '127.0.0.1');
  // Idle keep-alive sockets are left for the client to close. With the server's 5 s timeout, a
  // test that blocks the event loop longer (10,000 members seeded by synchronous SQLite) wakes
  // up to a request on a socket the server is closing at that very moment: ECONNRESET.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  config.wechatPay.notifyBaseUrl = baseUrl;

  const others: DataSource[] = [];
  const request = async <T>(method: string, path: string, opts: RequestOptions = {}): Promise<TestResponse<T>> => {
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const response = await fetch(baseUrl + path, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (images); keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };

  return {
    services,
    baseUrl,
    emulator,
    request,
    async loginMember(name) {
      const res = await request<{ token: string }>('POST', '/api/v1/auth/wechat', { body: { code: `test:${name}` } });
      if (res.status !== 200) throw new Error(`member login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
    async loginStaff(username, password) {
      const res = await request<{ token: string }>('POST', '/api/v1/staff/auth/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`staff login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
    async otherProcess() {
      if (testDatabaseKind() !== 'mysql') return services;
      const otherDataSource = await openDatabase(database.config);
      others.push(otherDataSource);
      return createServices(config, otherDataSource, createLogger(config.logLevel));
    },
    async close() {
      await emulator?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const other of others) await other.destroy();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
