/** Direct API calls for test setup: what a phone, the back office or WeChat's side would do. */

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One JSON call to the shop's API; a non-2xx answer fails the test with its body. */
export async function callApi<T>(baseUrl: string, path: string, init: CallOptions = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** `callApi` bound to one shop. */
export function shopApi(baseUrl: string) {
  return <T>(path: string, init: CallOptions = {}) => callApi<T>(baseUrl, path, init);
}

/** A development-login member's token (the same call the H5 login makes). */
export async function memberToken(baseUrl: string, name: string): Promise<string> {
  return (await callApi<{ token: string }>(baseUrl, '/auth/wechat', { method: 'POST', body: { code: `test:${name}` } })).token;
}

/** The member a development login name stands for. */
export async function memberIdOf(baseUrl: string, name: string): Promise<number> {
  const answer = await callApi<{ member: { id: number } }>(baseUrl, '/auth/wechat', { method: 'POST', body: { code: `test:${name}` } });
  return answer.member.id;
}

async function staffToken(baseUrl: string, username: string, password: string): Promise<string> {
  return (await callApi<{ token: string }>(baseUrl, '/staff/auth/login', { method: 'POST', body: { username, password } })).token;
}

/** An admin's manual points correction: gives a member points to spend. */
export async function grantPoints(baseUrl: string, memberId: number, points: number): Promise<void> {
  const token = await staffToken(baseUrl, 'admin', 'Demo-admin-2026');
  await callApi(baseUrl, `/admin/members/${memberId}/points/adjust`, { method: 'POST', token, body: { delta: points, reason: 'E2E 积分' } });
}

export function loginMarketer(baseUrl: string): Promise<string> {
  return staffToken(baseUrl, 'marketer', 'Demo-marketer-2026');
}

/**
 * The emulator's control token for the E2E shop server (shop-server.ts starts it with this one).
 * Fixed, so test files need not be handed it: the server is a throwaway one on loopback.
 */
export const E2E_EMULATOR_TOKEN = 'e2e-emulator-control-token';

/** Headers for the emulator's control API (/_emulator/...). */
export function emulatorControlHeaders(): Record<string, string> {
  return { 'x-emulator-token': E2E_EMULATOR_TOKEN };
}

/** The payer confirms a Native/JSAPI payment on WeChat's side (the emulator), which then notifies the shop. */
export async function payInEmulator(emulatorUrl: string, outTradeNo: string): Promise<void> {
  const paid = await fetch(`${emulatorUrl}/_emulator/transactions/${encodeURIComponent(outTradeNo)}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...emulatorControlHeaders() },
    body: '{}',
  });
  if (!paid.ok) throw new Error(`emulator refused to pay ${outTradeNo}: ${paid.status} ${await paid.text()}`);
}
