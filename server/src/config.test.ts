import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { productionWarnings } from './production-guard.js';
import { weakSecretReason } from './util/secret-strength.js';
import { DEV_SMS_API_KEY } from './sms/dev-sms.js';
import { DEV_APIV3_KEY, devFixturePaths } from './wechat/dev-credentials.js';

describe('loadConfig', () => {
  it('defaults to SQLite, the local WeChat login and the emulator', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('sqlite');
    expect(config.wechat.loginMode).toBe('local');
    expect(config.wechatPay.mode).toBe('emulator');
  });

  it('selects MySQL from DATABASE_URL and rejects other URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/shop' }).database).toEqual({ kind: 'mysql', url: 'mysql://root@127.0.0.1:3306/shop' });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL/);
  });

  it('refuses test logins, the payment emulator and a missing secret in production', () => {
    const secret = randomBytes(32).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production', WECHAT_LOGIN_MODE: 'wechat', WECHAT_SECRET: 's', WECHATPAY_MODE: 'emulator', AUTH_SECRET: secret })).toThrow(/emulator/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret })).toThrow(/test:<name>/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
  });

  it('needs every WeChat Pay credential in wechat mode', () => {
    expect(() => loadConfig({ WECHATPAY_MODE: 'wechat' })).toThrow(/WECHATPAY_MCHID.*WECHATPAY_APIV3_KEY/);
  });

  it('splits deliveries across stores only when DISPATCH_ALLOW_SPLIT=true', () => {
    expect(loadConfig({}).dispatch).toEqual({ allowSplit: false });
    expect(loadConfig({ DISPATCH_ALLOW_SPLIT: 'true' }).dispatch).toEqual({ allowSplit: true });
    expect(() => loadConfig({ DISPATCH_ALLOW_SPLIT: 'yes' })).toThrow(/DISPATCH_ALLOW_SPLIT/);
  });

  it('lets phones on the LAN reach the emulator cashier only when asked', () => {
    expect(loadConfig({}).wechatPay).toMatchObject({ emulatorHost: '127.0.0.1', cashierBaseUrl: null });
    expect(loadConfig({ WECHAT_EMULATOR_HOST: '0.0.0.0', WECHAT_EMULATOR_PUBLIC_URL: 'http://192.168.1.20:3100/' }).wechatPay).toMatchObject({ emulatorHost: '0.0.0.0', cashierBaseUrl: 'http://192.168.1.20:3100' });
    expect(() => loadConfig({ WECHAT_EMULATOR_PUBLIC_URL: '192.168.1.20' })).toThrow(/WECHAT_EMULATOR_PUBLIC_URL/);
  });
});

describe('loadConfig in production: refuses what protects nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shop-config-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A merchant of its own: a fresh key pair, as from the WeChat Pay merchant platform.
  const pemFile = (name: string, pem: string) => {
    const path = join(dir, name);
    writeFileSync(path, pem);
    return path;
  };
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const wechatPay = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const merchantKeyPath = pemFile('apiclient_key.pem', merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const wechatPayPublicKeyPath = pemFile('pub_key.pem', wechatPay.publicKey.export({ type: 'spki', format: 'pem' }).toString());

  const production: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    DATABASE_URL: 'mysql://shop:pw@db.internal:3306/shop',
    AUTH_SECRET: randomBytes(32).toString('base64'),
    WECHAT_LOGIN_MODE: 'wechat',
    WECHAT_APPID: 'wx1234567890abcdef',
    WECHAT_SECRET: 'a-real-mini-program-secret',
    WECHATPAY_MODE: 'wechat',
    WECHATPAY_MCHID: '1600000001',
    WECHATPAY_APPID: 'wx1234567890abcdef',
    WECHATPAY_MERCHANT_SERIAL: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    WECHATPAY_PRIVATE_KEY_PATH: merchantKeyPath,
    WECHATPAY_APIV3_KEY: randomBytes(16).toString('hex'),
    WECHATPAY_PUBLIC_KEY_PATH: wechatPayPublicKeyPath,
    WECHATPAY_PUBLIC_KEY_ID: 'PUB_KEY_ID_0116000000012026010100000000000001',
    WECHATPAY_NOTIFY_BASE_URL: 'https://shop.example.com',
  };
  const refusal = (overrides: NodeJS.ProcessEnv): string => {
    try {
      loadConfig({ ...production, ...overrides });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('loadConfig started production with ' + JSON.stringify(overrides));
  };

  it('starts with real credentials of its own', () => {
    const config = loadConfig(production);
    expect(config.env).toBe('production');
    expect(config.wechatPay).toMatchObject({ mode: 'wechat', baseUrl: 'https://api.mch.weixin.qq.com', privateKeyPath: merchantKeyPath, emulatorToken: null });
    expect(config.trustProxy).toBe(false);
  });

  it("refuses the committed development merchant key, even re-encoded under another name", () => {
    expect(refusal({ WECHATPAY_PRIVATE_KEY_PATH: devFixturePaths.merchantPrivateKey })).toMatch(
      /WECHATPAY_PRIVATE_KEY_PATH \(.*dev-merchant-private-key\.pem\) holds the committed development key .*use the merchant's API private key/,
    );
    const pkcs1 = createPrivateKey(readFileSync(devFixturePaths.merchantPrivateKey)).export({ type: 'pkcs1', format: 'pem' }).toString();
    const copy = pemFile('looks-like-production.pem', pkcs1.replace(/\n/g, '\r\n'));
    expect(refusal({ WECHATPAY_PRIVATE_KEY_PATH: copy })).toMatch(/WECHATPAY_PRIVATE_KEY_PATH \(.*looks-like-production\.pem\) holds the committed development key/);
  });

  it('refuses the committed development platform certificate and public key', () => {
    expect(refusal({ WECHATPAY_PLATFORM_CERT_PATH: devFixturePaths.platformCertificate })).toMatch(/WECHATPAY_PLATFORM_CERT_PATH .* holds the committed development key \(the key of server\/emulator\/fixtures\/dev-platform-private-key\.pem\)/);
    expect(refusal({ WECHATPAY_PUBLIC_KEY_PATH: devFixturePaths.platformPublicKey })).toMatch(/WECHATPAY_PUBLIC_KEY_PATH .* holds the committed development key/);
  });

  it('says when a key file is missing or not a key', () => {
    expect(refusal({ WECHATPAY_PUBLIC_KEY_PATH: join(dir, 'missing.pem') })).toMatch(/WECHATPAY_PUBLIC_KEY_PATH \(.*missing\.pem\) cannot be read \(ENOENT\)/);
    expect(refusal({ WECHATPAY_PRIVATE_KEY_PATH: pemFile('notes.txt', 'not a key') })).toMatch(/WECHATPAY_PRIVATE_KEY_PATH \(.*notes\.txt\) is not a PEM key or certificate/);
  });

  it('refuses the committed development APIv3 key', () => {
    expect(refusal({ WECHATPAY_APIV3_KEY: DEV_APIV3_KEY })).toMatch(/WECHATPAY_APIV3_KEY is the committed development key/);
  });

  it('refuses WeChat Pay addresses that are not https', () => {
    expect(refusal({ WECHATPAY_BASE_URL: 'http://api.mch.weixin.qq.com' })).toMatch(/WECHATPAY_BASE_URL must be https with WECHATPAY_MODE=wechat.*got http:\/\/api\.mch\.weixin\.qq\.com/);
    expect(refusal({ WECHATPAY_NOTIFY_BASE_URL: 'http://shop.example.com' })).toMatch(/WECHATPAY_NOTIFY_BASE_URL must be https with WECHATPAY_MODE=wechat/);
  });

  it('refuses the development keys and http addresses with WECHATPAY_MODE=wechat whatever NODE_ENV says', () => {
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      const { NODE_ENV: _production, ...payOnly } = production;
      const env = { ...payOnly, ...(NODE_ENV ? { NODE_ENV } : {}) };
      expect(loadConfig(env).wechatPay.mode, String(NODE_ENV)).toBe('wechat');
      const refused = (overrides: NodeJS.ProcessEnv) => () => loadConfig({ ...env, ...overrides });
      expect(refused({ WECHATPAY_PRIVATE_KEY_PATH: devFixturePaths.merchantPrivateKey }), String(NODE_ENV)).toThrow(
        /^Refusing to start with WECHATPAY_MODE=wechat:\n- WECHATPAY_PRIVATE_KEY_PATH .* holds the committed development key/,
      );
      expect(refused({ WECHATPAY_PUBLIC_KEY_PATH: devFixturePaths.platformPublicKey })).toThrow(/WECHATPAY_PUBLIC_KEY_PATH .* holds the committed development key/);
      expect(refused({ WECHATPAY_PLATFORM_CERT_PATH: devFixturePaths.platformCertificate })).toThrow(/WECHATPAY_PLATFORM_CERT_PATH .* holds the committed development key/);
      expect(refused({ WECHATPAY_APIV3_KEY: DEV_APIV3_KEY })).toThrow(/WECHATPAY_APIV3_KEY is the committed development key/);
      expect(refused({ WECHATPAY_BASE_URL: 'http://127.0.0.1:3100' })).toThrow(/WECHATPAY_BASE_URL must be https/);
      expect(refused({ WECHATPAY_NOTIFY_BASE_URL: 'http://127.0.0.1:3000' })).toThrow(/WECHATPAY_NOTIFY_BASE_URL must be https/);
    }
    // Only the WeChat Pay checks: outside production a development secret and test logins are fine.
    const { NODE_ENV: _production, AUTH_SECRET: _secret, ...payOnly } = production;
    expect(loadConfig({ ...payOnly, WECHAT_LOGIN_MODE: 'local' }).wechatPay.mode).toBe('wechat');
  });

  it('refuses an SMS provider over http or with a missing or development API key', () => {
    expect(loadConfig({ ...production, SMS_BASE_URL: 'https://sms.example.com', SMS_API_KEY: 'a-real-provider-key' }).sms).toEqual({ baseUrl: 'https://sms.example.com', apiKey: 'a-real-provider-key' });
    // No provider is allowed: phone confirmation is off.
    expect(loadConfig(production).sms).toEqual({ baseUrl: null, apiKey: '' });
    expect(refusal({ SMS_BASE_URL: 'http://sms.example.com', SMS_API_KEY: 'a-real-provider-key' })).toMatch(/SMS_BASE_URL must be https in production.*got http:\/\/sms\.example\.com/);
    expect(refusal({ SMS_BASE_URL: 'https://sms.example.com' })).toMatch(/SMS_API_KEY is required with SMS_BASE_URL in production/);
    expect(refusal({ SMS_BASE_URL: 'https://sms.example.com', SMS_API_KEY: DEV_SMS_API_KEY })).toMatch(/SMS_API_KEY is the committed development key/);
    expect(refusal({ SMS_BASE_URL: 'https://sms.example.com', SMS_API_KEY: DEV_SMS_API_KEY })).not.toContain(DEV_SMS_API_KEY);
    // Outside production the emulator and its development key are the default.
    expect(loadConfig({ SMS_BASE_URL: 'http://127.0.0.1:3100', SMS_API_KEY: DEV_SMS_API_KEY }).sms.apiKey).toBe(DEV_SMS_API_KEY);
  });

  it('refuses an AUTH_SECRET that is short, repetitive or a run, without echoing it', () => {
    expect(refusal({ AUTH_SECRET: 'too-short' })).toMatch(/AUTH_SECRET needs at least 32 characters/);
    expect(refusal({ AUTH_SECRET: 'x'.repeat(64) })).toMatch(/AUTH_SECRET is too weak: it repeats few characters \(0\.00 bits/);
    expect(refusal({ AUTH_SECRET: 'ab'.repeat(20) })).toMatch(/AUTH_SECRET is too weak: it repeats few characters/);
    expect(refusal({ AUTH_SECRET: '0123456789'.repeat(4) })).toMatch(/AUTH_SECRET is too weak: it is a 10-character block repeated/);
    expect(refusal({ AUTH_SECRET: 'Secret!2026-'.repeat(3) })).toMatch(/AUTH_SECRET is too weak: it is a 12-character block repeated/);
    expect(refusal({ AUTH_SECRET: 'abcdefghijklmnopqrstuvwxyz0123456789' })).toMatch(/AUTH_SECRET is too weak: it is a run of evenly spaced characters/);
    expect(refusal({ AUTH_SECRET: '0123456789'.repeat(4) })).not.toContain('0123456789');
  });

  it('accepts random secrets of 32 bytes as openssl or node print them', () => {
    for (let i = 0; i < 200; i++) {
      for (const secret of [randomBytes(32).toString('hex'), randomBytes(32).toString('base64'), randomBytes(32).toString('base64url'), randomBytes(48).toString('base64')]) {
        expect(weakSecretReason(secret), secret).toBeNull();
      }
    }
    expect(weakSecretReason('correct horse battery staple, then some more words')).toBeNull();
  });

  it('refuses secrets whose alphabet and length cannot hold 256 bits (openssl rand -hex 16, -base64 16)', () => {
    for (let i = 0; i < 200; i++) {
      expect(weakSecretReason(randomBytes(16).toString('hex'))).toMatch(/^it can hold at most 128 bits of randomness \(32 hex characters × 4 bits\), at least 256 \(32 random bytes\) are needed$/);
      // 24 characters are under the 32 bytes; with more text around them the estimate still says no.
      expect(weakSecretReason(randomBytes(16).toString('base64'))).toMatch(/^it is 24 bytes long/);
      expect(weakSecretReason(randomBytes(24).toString('base64'))).toMatch(/^it can hold at most 192 bits of randomness \(32 base64 characters × 6 bits\)/);
      expect(weakSecretReason(randomBytes(31).toString('hex'))).toMatch(/at most 248 bits/);
    }
    expect(refusal({ AUTH_SECRET: randomBytes(16).toString('hex') })).toMatch(/AUTH_SECRET is too weak: it can hold at most 128 bits .*openssl rand -base64 32/);
    // Padding carries nothing: 43 base64 characters of 32 bytes are 258 bits.
    expect(weakSecretReason(randomBytes(32).toString('base64').replace(/=+$/, ''))).toBeNull();
    // Words: log2 of the classes used (26 lower case + 33 punctuation and space = 59) per character.
    expect(weakSecretReason('plain words with no digits, far too few')).toMatch(/\(39 mixed characters × 5\.88 bits\)/);
  });

  it('lists every refusal at once', () => {
    const message = refusal({ AUTH_SECRET: 'x'.repeat(40), WECHATPAY_APIV3_KEY: DEV_APIV3_KEY, WECHATPAY_NOTIFY_BASE_URL: 'http://shop.example.com', SMS_BASE_URL: 'http://sms.example.com' });
    expect(message.split('\n')).toEqual([
      'Refusing to start in production:',
      expect.stringMatching(/^- AUTH_SECRET is too weak/),
      expect.stringMatching(/^- WECHATPAY_APIV3_KEY/),
      expect.stringMatching(/^- WECHATPAY_NOTIFY_BASE_URL/),
      expect.stringMatching(/^- SMS_BASE_URL/),
      expect.stringMatching(/^- SMS_API_KEY is required/),
    ]);
  });

  it('warns about SQLite in production, and only there', () => {
    const { DATABASE_URL: _mysql, ...onSqlite } = production;
    expect(productionWarnings(loadConfig(onSqlite))).toEqual([expect.stringMatching(/NODE_ENV=production on SQLite .*set DATABASE_URL=mysql/)]);
    expect(productionWarnings(loadConfig(production))).toEqual([]);
    expect(productionWarnings(loadConfig({}))).toEqual([]);
  });

  it('trusts X-Forwarded-* only when TRUST_PROXY=true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});

describe('loadConfig: the emulator control token', () => {
  it('is random per process unless WECHAT_EMULATOR_TOKEN sets it, and absent without the emulator', () => {
    const [a, b] = [loadConfig({}).wechatPay.emulatorToken, loadConfig({}).wechatPay.emulatorToken];
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(b).not.toBe(a);
    expect(loadConfig({ WECHAT_EMULATOR_TOKEN: 'shop-demo-token-1234' }).wechatPay.emulatorToken).toBe('shop-demo-token-1234');
    expect(() => loadConfig({ WECHAT_EMULATOR_TOKEN: 'short' })).toThrow(/WECHAT_EMULATOR_TOKEN is 16-128 characters/);
  });
});
