import { readFileSync } from 'node:fs';
import type { AppConfig, WechatPayConfig } from './config.js';
import { DEV_SMS_API_KEY } from './sms/dev-sms.js';
import type { SmsConfig } from './sms/sms-gateway.js';
import { DEV_APIV3_KEY } from './wechat/dev-credentials.js';
import { developmentKeyFingerprints, publicKeyFingerprint } from './wechat/key-fingerprint.js';
import { weakSecretReason } from './util/secret-strength.js';

/**
 * What production refuses to start with. Everything committed to this repository (the
 * development WeChat Pay keys, test logins, the emulator) protects nothing once public, and a
 * guessable AUTH_SECRET lets anyone mint staff tokens. Every reason is collected, so one failed
 * start lists everything to fix. The WeChat Pay checks also run outside production whenever
 * WECHATPAY_MODE=wechat (wechatPayRefusals).
 */
export interface ProductionSettings {
  authSecret: string | undefined;
  loginMode: 'local' | 'wechat';
  wechatPay: WechatPayConfig;
  sms: SmsConfig;
}

export function productionRefusals(settings: ProductionSettings): string[] {
  const refusals: string[] = [];
  if (!settings.authSecret) refusals.push('AUTH_SECRET is required in production (generate one with `openssl rand -base64 32`)');
  else {
    const weakness = weakSecretReason(settings.authSecret);
    if (weakness) refusals.push(`AUTH_SECRET is too weak: ${weakness}; generate one with \`openssl rand -base64 32\``);
  }
  if (settings.loginMode === 'local') refusals.push('WECHAT_LOGIN_MODE=local (test:<name> logins) is not allowed in production');
  if (settings.wechatPay.mode === 'emulator') refusals.push('WECHATPAY_MODE=emulator is not allowed in production');
  // In emulator mode the WeChat Pay values are the development defaults by design (the line above
  // says why that is refused); in wechat mode loadConfig checks them whatever NODE_ENV says.
  else refusals.push(...wechatPayRefusals(settings.wechatPay));
  refusals.push(...smsRefusals(settings.sms));
  return refusals;
}

/**
 * What WECHATPAY_MODE=wechat refuses in any environment: real WeChat Pay never accepts the
 * committed development keys, so they only ever mean a misconfigured (or public) merchant, and
 * the merchant's signed requests and WeChat's notifications travel over https only.
 */
export function wechatPayRefusals(pay: WechatPayConfig): string[] {
  const refusals: string[] = [];
  if (pay.mode !== 'wechat') return refusals;
  const keyFiles = [
    { variable: 'WECHATPAY_PRIVATE_KEY_PATH', path: pay.privateKeyPath, wanted: "the merchant's API private key (apiclient_key.pem) from the WeChat Pay merchant platform" },
    { variable: 'WECHATPAY_PLATFORM_CERT_PATH', path: pay.platformCertPath, wanted: "WeChat Pay's platform certificate for this merchant" },
    { variable: 'WECHATPAY_PUBLIC_KEY_PATH', path: pay.publicKeyPath, wanted: "WeChat Pay's public key for this merchant (商户平台 → API安全 → 微信支付公钥)" },
  ];
  for (const { variable, path, wanted } of keyFiles) {
    if (path === null) continue;
    const problem = developmentKeyProblem(path);
    if (problem) refusals.push(`${variable} (${path}) ${problem}; use ${wanted}`);
  }
  if (pay.apiV3Key === DEV_APIV3_KEY) refusals.push('WECHATPAY_APIV3_KEY is the committed development key; set the APIv3 key from the WeChat Pay merchant platform');
  if (!isHttps(pay.baseUrl)) refusals.push(`WECHATPAY_BASE_URL must be https with WECHATPAY_MODE=wechat: requests carry the merchant's signatures (got ${pay.baseUrl})`);
  if (!isHttps(pay.notifyBaseUrl)) refusals.push(`WECHATPAY_NOTIFY_BASE_URL must be https with WECHATPAY_MODE=wechat: WeChat Pay only notifies https addresses (got ${pay.notifyBaseUrl})`);
  return refusals;
}

/**
 * A configured SMS provider in production: the API key travels in every request, so over https
 * only, and neither missing nor the development key the emulator accepts (DEV_SMS_API_KEY).
 * No SMS_BASE_URL is allowed: phone confirmation is then off.
 */
function smsRefusals(sms: SmsConfig): string[] {
  if (sms.baseUrl === null) return [];
  const refusals: string[] = [];
  if (!isHttps(sms.baseUrl)) refusals.push(`SMS_BASE_URL must be https in production: requests carry SMS_API_KEY (got ${sms.baseUrl})`);
  if (sms.apiKey === '') refusals.push("SMS_API_KEY is required with SMS_BASE_URL in production; set the provider account's API key");
  else if (sms.apiKey === DEV_SMS_API_KEY) refusals.push("SMS_API_KEY is the committed development key; set the provider account's API key");
  return refusals;
}

/** Why a configured key file cannot be used with real WeChat Pay, or null. */
function developmentKeyProblem(path: string): string | null {
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  let fingerprint: string;
  try {
    fingerprint = publicKeyFingerprint(pem);
  } catch {
    return 'is not a PEM key or certificate';
  }
  const fixture = developmentKeyFingerprints().get(fingerprint);
  return fixture ? `holds the committed development key (the key of server/emulator/fixtures/${fixture}), which anyone can read` : null;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** What production starts with but should not run on for long; main.ts logs each at start. */
export function productionWarnings(config: Pick<AppConfig, 'env' | 'database'>): string[] {
  if (config.env !== 'production' || config.database.kind !== 'sqlite') return [];
  return [
    `NODE_ENV=production on SQLite (${config.database.path}): one process, one file, no replication and no online backup; set DATABASE_URL=mysql://… (MySQL 8 / MariaDB 10.6+) for production`,
  ];
}
