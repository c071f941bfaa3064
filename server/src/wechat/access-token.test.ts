import { describe, expect, it } from 'vitest';
import { StableAccessToken } from './access-token.js';

function fakeWechat(answers: object[]) {
  const calls: { url: string; body: unknown }[] = [];
  const fetchJson = async (url: URL, init: RequestInit) => {
    calls.push({ url: url.toString(), body: JSON.parse(String(init.body)) });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return { json: async () => answer };
  };
  return { calls, fetchJson };
}

describe('StableAccessToken', () => {
  it('asks stable_token once for concurrent callers and reuses the token until shortly before it expires', async () => {
    let now = 0;
    const wechat = fakeWechat([{ access_token: 'A', expires_in: 7200 }, { access_token: 'B', expires_in: 7200 }]);
    const tokens = new StableAccessToken('wxapp', 'secret', 'https://api.example', wechat.fetchJson, () => now);
    expect(await Promise.all([tokens.accessToken(), tokens.accessToken(), tokens.accessToken()])).toEqual(['A', 'A', 'A']);
    expect(wechat.calls).toEqual([{ url: 'https://api.example/cgi-bin/stable_token', body: { grant_type: 'client_credential', appid: 'wxapp', secret: 'secret' } }]);
    now = (7200 - 301) * 1000;
    expect(await tokens.accessToken()).toBe('A');
    now = (7200 - 299) * 1000;
    expect(await tokens.accessToken()).toBe('B');
    expect(wechat.calls).toHaveLength(2);
  });

  it('fails with SERVICE_UNAVAILABLE on a WeChat error and tries again on the next call', async () => {
    const wechat = fakeWechat([{ errcode: 40125, errmsg: 'invalid appsecret' }, { access_token: 'C', expires_in: 7200 }]);
    const tokens = new StableAccessToken('wxapp', 'secret', 'https://api.example', wechat.fetchJson);
    await expect(tokens.accessToken()).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(await tokens.accessToken()).toBe('C');
  });
});
