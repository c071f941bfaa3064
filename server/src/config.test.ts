import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

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
    const secret = 'x'.repeat(40);
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
