import { readFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { certificateSerial } from '../src/wechat/pay-protocol.js';
import { DEV_APIV3_KEY, DEV_APP_SECRET, DEV_APPID, DEV_MCHID, DEV_PLATFORM_PUBLIC_KEY_ID, devFixturePaths } from '../src/wechat/dev-credentials.js';
import { assertControlToken, generateControlToken } from './control-token.js';

export interface EmulatorOptions {
  /** 0 = an ephemeral port (tests). Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** SQLite file for the emulator's state; default: a new temp file, deleted on close. */
  dataFile?: string;
  /** Default: the dev credentials. */
  merchant?: { mchid: string; appid: string; appSecret: string; apiV3Key: string; certificatePem: string };
  /** Default: the dev fixtures. */
  platform?: { privateKeyPem: string; certificatePem: string; publicKeyPem: string; publicKeyId: string };
  /** Which platform serial signs responses and notifications (default 'public_key': the PUB_KEY_ID). */
  signWith?: 'certificate' | 'public_key';
  /** Waits between delivery attempts; after the last one the emulator gives up. Default: WeChat's schedule. */
  notifyRetryDelaysMs?: number[];
  /** No reply within this counts as a failed attempt. Default 5000. */
  notifyTimeoutMs?: number;
  /** Refunds go PROCESSING -> SUCCESS after this. Default 500. */
  refundSettleDelayMs?: number;
  /** Shown on the cashier page. Default: 测试商户（mchid）. */
  merchantName?: string;
  /** What /_emulator and /cashier require (16-128 of A-Z a-z 0-9 _ -). Default: random per start. */
  controlToken?: string;
}

/** WeChat Pay's documented notification retry schedule: 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h. */
export const WECHAT_NOTIFY_RETRY_DELAYS_MS = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600].map((s) => s * 1000);

export interface EmulatorConfig {
  port: number;
  host: string;
  dataFile: string | null;
  merchant: { mchid: string; appid: string; appSecret: string; apiV3Key: string; publicKey: KeyObject; serial: string };
  platform: { privateKey: KeyObject; certificatePem: string; certificateSerial: string; publicKeyId: string };
  /** The `Wechatpay-Serial` on everything the emulator signs. */
  responseSerial: string;
  notifyRetryDelaysMs: number[];
  notifyTimeoutMs: number;
  refundSettleDelayMs: number;
  controlToken: string;
}

export function resolveConfig(options: EmulatorOptions): EmulatorConfig {
  const merchant = options.merchant ?? {
    mchid: DEV_MCHID,
    appid: DEV_APPID,
    appSecret: DEV_APP_SECRET,
    apiV3Key: DEV_APIV3_KEY,
    certificatePem: readFileSync(devFixturePaths.merchantCertificate, 'utf8'),
  };
  const platform = options.platform ?? {
    privateKeyPem: readFileSync(devFixturePaths.platformPrivateKey, 'utf8'),
    certificatePem: readFileSync(devFixturePaths.platformCertificate, 'utf8'),
    publicKeyPem: readFileSync(devFixturePaths.platformPublicKey, 'utf8'),
    publicKeyId: DEV_PLATFORM_PUBLIC_KEY_ID,
  };
  if (Buffer.byteLength(merchant.apiV3Key) !== 32) throw new Error('the APIv3 key must be exactly 32 bytes');
  const privateKey = createPrivateKey(platform.privateKeyPem);
  // A mismatched key pair would make every signature fail on the merchant side, far from the cause.
  const derived = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' });
  if (derived !== createPublicKey(platform.publicKeyPem).export({ type: 'spki', format: 'pem' })) {
    throw new Error('platform.publicKeyPem does not belong to platform.privateKeyPem');
  }
  const platformSerial = certificateSerial(platform.certificatePem);
  const delays = options.notifyRetryDelaysMs ?? WECHAT_NOTIFY_RETRY_DELAYS_MS;
  if (delays.some((d) => !Number.isFinite(d) || d < 0)) throw new Error('notifyRetryDelaysMs must be non-negative numbers');
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dataFile: options.dataFile ?? null,
    merchant: {
      mchid: merchant.mchid,
      appid: merchant.appid,
      appSecret: merchant.appSecret,
      apiV3Key: merchant.apiV3Key,
      publicKey: createPublicKey(merchant.certificatePem),
      serial: certificateSerial(merchant.certificatePem),
    },
    platform: { privateKey, certificatePem: platform.certificatePem, certificateSerial: platformSerial, publicKeyId: platform.publicKeyId },
    responseSerial: (options.signWith ?? 'public_key') === 'certificate' ? platformSerial : platform.publicKeyId,
    notifyRetryDelaysMs: [...delays],
    notifyTimeoutMs: options.notifyTimeoutMs ?? 5000,
    refundSettleDelayMs: options.refundSettleDelayMs ?? 500,
    controlToken: options.controlToken === undefined ? generateControlToken() : assertControlToken(options.controlToken),
  };
}
