import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().regex(/^mysql:\/\//, 'DATABASE_URL must be mysql://user:pass@host:port/db').optional(),
  SQLITE_PATH: z.string().default(`${serverRoot}data/shop.sqlite`),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET needs at least 32 characters').optional(),
  ORDER_PAY_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  SHIPPING_FEE_FEN: z.coerce.number().int().min(0).default(1000),
  FREE_SHIPPING_THRESHOLD_FEN: z.coerce.number().int().min(0).default(9900),
  WECHAT_LOGIN_MODE: z.enum(['local', 'wechat']).default('local'),
  WECHAT_APPID: z.string().default('wx0000000000000000'),
  WECHAT_SECRET: z.string().default(''),
  JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  authSecret: Uint8Array;
  orderPayTimeoutMinutes: number;
  shipping: { baseFee: number; freeThreshold: number };
  wechat: { loginMode: 'local' | 'wechat'; appId: string; appSecret: string };
  jobs: { enabled: boolean; intervalSeconds: number };
  logLevel: string;
  seedDemoData: boolean;
  publicDir: string;
}

/** Reads and validates every setting from the environment; README lists them all. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.AUTH_SECRET) throw new Error('AUTH_SECRET is required in production');
  if (e.WECHAT_LOGIN_MODE === 'wechat' && !e.WECHAT_SECRET) throw new Error('WECHAT_SECRET is required when WECHAT_LOGIN_MODE=wechat');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    database: e.DATABASE_URL ? { kind: 'mysql', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.SQLITE_PATH },
    // Without a configured secret (development), tokens are signed with a per-process key.
    authSecret: e.AUTH_SECRET ? new TextEncoder().encode(e.AUTH_SECRET) : randomBytes(32),
    orderPayTimeoutMinutes: e.ORDER_PAY_TIMEOUT_MINUTES,
    shipping: { baseFee: e.SHIPPING_FEE_FEN, freeThreshold: e.FREE_SHIPPING_THRESHOLD_FEN },
    wechat: { loginMode: e.WECHAT_LOGIN_MODE, appId: e.WECHAT_APPID, appSecret: e.WECHAT_SECRET },
    jobs: { enabled: e.JOBS_ENABLED === 'true', intervalSeconds: e.JOB_INTERVAL_SECONDS },
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.SEED_DEMO_DATA === 'true',
    publicDir: `${serverRoot}public`,
  };
}
