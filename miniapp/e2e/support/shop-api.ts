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

export async function loginMarketer(baseUrl: string): Promise<string> {
  const { token } = await call<{ token: string }>(baseUrl, '/staff/auth/login', { method: 'POST', body: { username: 'marketer', password: 'Demo-marketer-2026' } });
  return token;
}
