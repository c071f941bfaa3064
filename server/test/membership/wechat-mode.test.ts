import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWechatEmulator, type WechatEmulator } from '../../emulator/emulator.js';
import { DEV_APPID, DEV_APP_SECRET } from '../../src/wechat/dev-credentials.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { AppConfig } from '../../src/config.js';

/** WECHAT_LOGIN_MODE=wechat: login and phone binding through WeChat's server APIs (the emulator speaks them). */
describe('membership against WeChat server APIs', () => {
  let emulator: WechatEmulator;
  let app: TestApp;
  const wechatConfig = (apiBaseUrl: string): Partial<AppConfig> => ({ wechat: { loginMode: 'wechat', appId: DEV_APPID, appSecret: DEV_APP_SECRET, apiBaseUrl } });

  beforeAll(async () => {
    emulator = await startWechatEmulator({ port: 0 });
    app = await startTestApp({ seed: 'none', config: wechatConfig(emulator.url) });
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });

  async function signIn(code: string): Promise<string> {
    const res = await app.request('POST', '/api/v1/auth/wechat', { body: { code } });
    expect(res.status).toBe(200);
    return res.body.token as string;
  }

  it('logs in with jscode2session and binds the phone from getPhoneNumber with a stable access token', async () => {
    const token = await signIn('test:wechat-mode-member');
    const bound = await app.request('POST', '/api/v1/members/me/phone', { token, body: { code: 'test:13600136000' } });
    expect(bound.status).toBe(200);
    expect((await app.request('GET', '/api/v1/members/me', { token })).body.phone).toBe('13600136000');

    // A second member binds with the same cached token; a bad code is the buyer's problem, not a 500.
    const other = await signIn('test:wechat-mode-other');
    expect((await app.request('POST', '/api/v1/members/me/phone', { token: other, body: { code: 'test:13600136001' } })).status).toBe(200);
    const bad = await app.request('POST', '/api/v1/members/me/phone', { token: other, body: { code: 'expired-code' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('PHONE_CODE_INVALID');
  });

  it('refuses a login code WeChat does not know', async () => {
    const res = await app.request('POST', '/api/v1/auth/wechat', { body: { code: 'not-a-code' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 503 with a clear message when WeChat cannot be reached', async () => {
    const offline = await startTestApp({ seed: 'none', config: wechatConfig('http://127.0.0.1:9') });
    try {
      const res = await offline.request('POST', '/api/v1/auth/wechat', { body: { code: 'test:x' } });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await offline.close();
    }
  });
});
