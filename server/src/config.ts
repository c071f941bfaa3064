import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SmsConfig } from './sms/sms-gateway.js';
import { DEV_SMS_API_KEY } from './sms/dev-sms.js';
import { DEV_APIV3_KEY, DEV_APP_SECRET, DEV_APPID, DEV_MCHID, DEV_PLATFORM_PUBLIC_KEY_ID, devFixturePaths, devMerchantSerial } from './wechat/dev-credentials.js';
import { productionRefusals, wechatPayRefusals } from './production-guard.js';
import { CONTROL_TOKEN_FORMAT, generateControlToken } from '../emulator/control-token.js';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));
/** Where the SQLite database lives unless SQLITE_PATH says otherwise (the development AUTH_SECRET file lives beside it). */
export const DEFAULT_SQLITE_PATH = `${serverRoot}data/shop.sqlite`;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().regex(/^mysql:\/\//, 'DATABASE_URL must be mysql://user:pass@host:port/db').optional(),
  SQLITE_PATH: z.string().default(DEFAULT_SQLITE_PATH),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET needs at least 32 characters').optional(),
  ORDER_PAY_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  SHIPPING_FEE_FEN: z.coerce.number().int().min(0).default(1000),
  FREE_SHIPPING_THRESHOLD_FEN: z.coerce.number().int().min(0).default(9900),
  POINTS_FEN_PER_POINT: z.coerce.number().int().min(1).max(10_000).default(1),
  POINTS_MAX_SHARE_PERCENT: z.coerce.number().int().min(0).max(100).default(50),
  POINTS_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  AUTO_CONFIRM_RECEIPT_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  PICKUP_REMIND_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  PICKUP_EXPIRE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  DISPATCH_ALLOW_SPLIT: z.enum(['true', 'false']).default('false'),
  ATTRIBUTION_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  COMMISSION_RATE_BASIS_POINTS: z.coerce.number().int().min(0).max(10_000).default(300),
  WECHAT_LOGIN_MODE: z.enum(['local', 'wechat']).default('local'),
  WECHAT_APPID: z.string().default(DEV_APPID),
  WECHAT_SECRET: z.string().default(''),
  JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  WECHATPAY_MODE: z.enum(['emulator', 'wechat']).default('emulator'),
  WECHATPAY_BASE_URL: z.string().url().optional(),
  WECHATPAY_MCHID: z.string().optional(),
  WECHATPAY_APPID: z.string().optional(),
  WECHATPAY_MERCHANT_SERIAL: z.string().optional(),
  WECHATPAY_PRIVATE_KEY_PATH: z.string().optional(),
  WECHATPAY_APIV3_KEY: z.string().length(32, 'WECHATPAY_APIV3_KEY is exactly 32 characters').optional(),
  WECHATPAY_PLATFORM_CERT_PATH: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_PATH: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_ID: z.string().optional(),
  WECHATPAY_NOTIFY_BASE_URL: z.string().url().optional(),
  WECHAT_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  WECHAT_EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  WECHAT_EMULATOR_PUBLIC_URL: z.url().optional(),
  WECHAT_EMULATOR_TOKEN: z.string().regex(CONTROL_TOKEN_FORMAT, 'WECHAT_EMULATOR_TOKEN is 16-128 characters of A-Z a-z 0-9 _ -').optional(),
  WECHAT_API_BASE_URL: z.string().url().optional(),
  WECHAT_TEMPLATE_PICKUP_READY: z.string().default('dev-pickup-ready'),
  WECHAT_TEMPLATE_PICKUP_REMINDER: z.string().default('dev-pickup-reminder'),
  SMS_BASE_URL: z.url().optional(),
  SMS_API_KEY: z.string().min(1).optional(),
  H5_DIR: z.string().default(`${serverRoot}../miniapp/dist-h5`),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  STAFF_COUPON_DAILY_QUOTA: z.coerce.number().int().min(0).max(10_000).default(20),
});

export interface WechatPayConfig {
  mode: 'emulator' | 'wechat';
  /** Where API requests go: WeChat's host, or the local emulator. */
  baseUrl: string;
  mchid: string;
  appid: string;
  merchantSerial: string;
  privateKeyPath: string;
  apiV3Key: string;
  /** Platform certificate (legacy mode) and/or WeChat Pay public key (current mode). */
  platformCertPath: string | null;
  publicKeyPath: string | null;
  publicKeyId: string | null;
  /** Public base URL WeChat posts notifications to; the paths are fixed. */
  notifyBaseUrl: string;
  emulatorPort: number;
  /** The interface the emulator listens on under `npm start` (0.0.0.0 lets phones on the LAN reach it). */
  emulatorHost: string;
  /** Where phones open the emulator's cashier (the tablet's QR); null: the emulator's own address. */
  cashierBaseUrl: string | null;
  /**
   * The emulator's control token (emulator mode only): `npm start` starts the emulator with it.
   * Cashier links carry a link token derived from it (cashierLinkToken), which opens and pays
   * that one transaction only, so a scanned QR gives away nothing else.
   */
  emulatorToken: string | null;
}

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  authSecret: Uint8Array;
  orderPayTimeoutMinutes: number;
  shipping: { baseFee: number; freeThreshold: number };
  /** What a point is worth at checkout, the share of goods points may pay, how long earned points last. */
  points: { fenPerPoint: number; maxShareOfGoodsPercent: number; validityDays: number };
  /** A shipped order the buyer has not confirmed is completed this many days after shipping. */
  autoConfirmReceiptDays: number;
  /** A ready pickup not collected: reminded after `remindDays`; after `expireDays` cancelled and refunded where the store's policy says so. */
  pickup: { remindDays: number; expireDays: number };
  /** allowSplit: a delivery no single covering store can ship whole is split across the nearest covering stores, the rest from the warehouse. */
  dispatch: { allowSplit: boolean };
  /** A consumer stays bound to the staff member who referred them this many days; commission is this many 1/10000 of net sales. */
  attribution: { bindingDays: number; commissionRateBasisPoints: number };
  wechat: { loginMode: 'local' | 'wechat'; appId: string; appSecret: string; apiBaseUrl: string };
  /**
   * Subscribe messages (订阅消息) through the mini-program API: WeChat's in wechat login mode,
   * otherwise the local emulator with the development app.
   */
  messages: { baseUrl: string; appId: string; appSecret: string; templates: { pickupReady: string; pickupReminder: string } };
  jobs: { enabled: boolean; intervalSeconds: number };
  logLevel: string;
  seedDemoData: boolean;
  wechatPay: WechatPayConfig;
  publicDir: string;
  /** The H5 storefront build served at `/`. */
  h5Dir: string;
  /**
   * A reverse proxy we trust is in front: client address and https come from its
   * X-Forwarded-For / X-Forwarded-Proto. Off, those headers are the client's word and ignored.
   */
  trustProxy: boolean;
  /** Texts (counter phone confirmation): the provider's endpoint, or the emulator outside production; null: none sent. */
  sms: SmsConfig;
  /** Coupons one staff member may hand out (门店发放) per China-time day; 0 turns staff grants off. */
  coupons: { staffDailyQuota: number };
}

/** Reads and validates every setting from the environment; README lists them all. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  // The openid a JSAPI payment needs is per app: login and pay must use the same appid.
  if (e.WECHAT_LOGIN_MODE === 'wechat' && e.WECHATPAY_MODE === 'wechat' && e.WECHATPAY_APPID !== e.WECHAT_APPID) {
    throw new Error('WECHAT_APPID and WECHATPAY_APPID must be the same mini-program');
  }
  if (e.WECHAT_LOGIN_MODE === 'wechat' && !e.WECHAT_SECRET) throw new Error('WECHAT_SECRET is required when WECHAT_LOGIN_MODE=wechat');
  const wechatPay = wechatPayConfig(e);
  const sms = smsConfig(e);
  // Real WeChat Pay never accepts the development keys: wechat mode is checked in every environment.
  const refusals =
    e.NODE_ENV === 'production' ? productionRefusals({ authSecret: e.AUTH_SECRET, loginMode: e.WECHAT_LOGIN_MODE, wechatPay, sms }) : wechatPayRefusals(wechatPay);
  if (refusals.length) throw new Error(`Refusing to start ${e.NODE_ENV === 'production' ? 'in production' : 'with WECHATPAY_MODE=wechat'}:\n- ${refusals.join('\n- ')}`);
  return {
    wechatPay,
    env: e.NODE_ENV,
    port: e.PORT,
    database: e.DATABASE_URL ? { kind: 'mysql', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.SQLITE_PATH },
    // Without a configured secret (tests; development when not started through main.ts's
    // withDevAuthSecret, which keeps one in server/data/), tokens are signed with a per-process key.
    authSecret: e.AUTH_SECRET ? new TextEncoder().encode(e.AUTH_SECRET) : randomBytes(32),
    orderPayTimeoutMinutes: e.ORDER_PAY_TIMEOUT_MINUTES,
    shipping: { baseFee: e.SHIPPING_FEE_FEN, freeThreshold: e.FREE_SHIPPING_THRESHOLD_FEN },
    points: { fenPerPoint: e.POINTS_FEN_PER_POINT, maxShareOfGoodsPercent: e.POINTS_MAX_SHARE_PERCENT, validityDays: e.POINTS_VALIDITY_DAYS },
    autoConfirmReceiptDays: e.AUTO_CONFIRM_RECEIPT_DAYS,
    pickup: { remindDays: e.PICKUP_REMIND_DAYS, expireDays: e.PICKUP_EXPIRE_DAYS },
    dispatch: { allowSplit: e.DISPATCH_ALLOW_SPLIT === 'true' },
    attribution: { bindingDays: e.ATTRIBUTION_DAYS, commissionRateBasisPoints: e.COMMISSION_RATE_BASIS_POINTS },
    wechat: { loginMode: e.WECHAT_LOGIN_MODE, appId: e.WECHAT_APPID, appSecret: e.WECHAT_SECRET, apiBaseUrl: e.WECHAT_API_BASE_URL ?? 'https://api.weixin.qq.com' },
    messages:
      e.WECHAT_LOGIN_MODE === 'wechat'
        ? { baseUrl: e.WECHAT_API_BASE_URL ?? 'https://api.weixin.qq.com', appId: e.WECHAT_APPID, appSecret: e.WECHAT_SECRET, templates: templatesOf(e) }
        : { baseUrl: e.WECHAT_API_BASE_URL ?? `http://127.0.0.1:${e.WECHAT_EMULATOR_PORT}`, appId: DEV_APPID, appSecret: DEV_APP_SECRET, templates: templatesOf(e) },
    jobs: { enabled: e.JOBS_ENABLED === 'true', intervalSeconds: e.JOB_INTERVAL_SECONDS },
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.SEED_DEMO_DATA === 'true',
    publicDir: `${serverRoot}public`,
    h5Dir: e.H5_DIR,
    trustProxy: e.TRUST_PROXY === 'true',
    sms,
    coupons: { staffDailyQuota: e.STAFF_COUPON_DAILY_QUOTA },
  };
}

type Env = z.infer<typeof envSchema>;

/** Outside production texts go to the local emulator with its development key; production needs a configured provider. */
function smsConfig(e: Env): SmsConfig {
  if (e.SMS_BASE_URL) return { baseUrl: e.SMS_BASE_URL, apiKey: e.SMS_API_KEY ?? '' };
  return e.NODE_ENV === 'production' ? { baseUrl: null, apiKey: '' } : { baseUrl: `http://127.0.0.1:${e.WECHAT_EMULATOR_PORT}`, apiKey: DEV_SMS_API_KEY };
}

function templatesOf(e: Env): AppConfig['messages']['templates'] {
  return { pickupReady: e.WECHAT_TEMPLATE_PICKUP_READY, pickupReminder: e.WECHAT_TEMPLATE_PICKUP_REMINDER };
}

/**
 * Emulator mode (the default) uses the committed dev merchant and the local emulator; WeChat
 * mode takes every credential from configuration and refuses to start without them.
 */
function wechatPayConfig(e: Env): WechatPayConfig {
  if (e.WECHATPAY_MODE === 'wechat') {
    const required = ['WECHATPAY_MCHID', 'WECHATPAY_APPID', 'WECHATPAY_MERCHANT_SERIAL', 'WECHATPAY_PRIVATE_KEY_PATH', 'WECHATPAY_APIV3_KEY', 'WECHATPAY_NOTIFY_BASE_URL'] as const;
    const missing: string[] = required.filter((k) => !e[k]);
    if (!e.WECHATPAY_PLATFORM_CERT_PATH && !(e.WECHATPAY_PUBLIC_KEY_PATH && e.WECHATPAY_PUBLIC_KEY_ID)) {
      missing.push('WECHATPAY_PUBLIC_KEY_PATH and WECHATPAY_PUBLIC_KEY_ID (or WECHATPAY_PLATFORM_CERT_PATH)');
    }
    if (missing.length) throw new Error(`WECHATPAY_MODE=wechat needs ${missing.join(', ')}`);
  }
  const emulatorUrl = `http://127.0.0.1:${e.WECHAT_EMULATOR_PORT}`;
  return {
    mode: e.WECHATPAY_MODE,
    baseUrl: e.WECHATPAY_BASE_URL ?? (e.WECHATPAY_MODE === 'wechat' ? 'https://api.mch.weixin.qq.com' : emulatorUrl),
    mchid: e.WECHATPAY_MCHID ?? DEV_MCHID,
    appid: e.WECHATPAY_APPID ?? DEV_APPID,
    merchantSerial: e.WECHATPAY_MERCHANT_SERIAL ?? devMerchantSerial(),
    privateKeyPath: e.WECHATPAY_PRIVATE_KEY_PATH ?? devFixturePaths.merchantPrivateKey,
    apiV3Key: e.WECHATPAY_APIV3_KEY ?? DEV_APIV3_KEY,
    platformCertPath: e.WECHATPAY_PLATFORM_CERT_PATH ?? (e.WECHATPAY_MODE === 'emulator' ? devFixturePaths.platformCertificate : null),
    publicKeyPath: e.WECHATPAY_PUBLIC_KEY_PATH ?? (e.WECHATPAY_MODE === 'emulator' ? devFixturePaths.platformPublicKey : null),
    publicKeyId: e.WECHATPAY_PUBLIC_KEY_ID ?? (e.WECHATPAY_MODE === 'emulator' ? DEV_PLATFORM_PUBLIC_KEY_ID : null),
    notifyBaseUrl: e.WECHATPAY_NOTIFY_BASE_URL ?? `http://127.0.0.1:${e.PORT}`,
    emulatorPort: e.WECHAT_EMULATOR_PORT,
    emulatorHost: e.WECHAT_EMULATOR_HOST,
    cashierBaseUrl: e.WECHAT_EMULATOR_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    // Random per process unless given: an emulator started elsewhere must be given the same one.
    emulatorToken: e.WECHATPAY_MODE === 'emulator' ? (e.WECHAT_EMULATOR_TOKEN ?? generateControlToken()) : null,
  };
}
