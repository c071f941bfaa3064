/** Direct API calls for test setup (what a marketer would do in the back office). */

async function call<T>(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The member a development login name stands for (the same call the H5 login makes). */
export async function memberIdOf(baseUrl: string, name: string): Promise<number> {
  const answer = await call<{ member: { id: number } }>(baseUrl, '/auth/wechat', { method: 'POST', body: { code: `test:${name}` } });
  return answer.member.id;
}

/** An admin's manual points correction: gives a member points to spend. */
export async function grantPoints(baseUrl: string, memberId: number, points: number): Promise<void> {
  const { token } = await call<{ token: string }>(baseUrl, '/staff/auth/login', { method: 'POST', body: { username: 'admin', password: 'Demo-admin-2026' } });
  await call(baseUrl, `/admin/members/${memberId}/points/adjust`, { method: 'POST', token, body: { delta: points, reason: 'E2E 积分' } });
}

export async function loginMarketer(baseUrl: string): Promise<string> {
  const { token } = await call<{ token: string }>(baseUrl, '/staff/auth/login', { method: 'POST', body: { username: 'marketer', password: 'Demo-marketer-2026' } });
  return token;
}
