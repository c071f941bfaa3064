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

/**
 * An active welcome-pack coupon (满99减20): every member created after this gets one on first
 * login. The demo seed has no coupon templates, so the E2E makes its own.
 */
export async function createWelcomeCoupon(baseUrl: string, token: string): Promise<{ id: number; name: string }> {
  const template = await call<{ id: number; name: string }>(baseUrl, '/admin/coupon-templates', {
    method: 'POST',
    token,
    body: { name: '新人券 满99减20', kind: 'threshold_off', value: 2000, threshold: 9900, totalQuantity: 1000, validity: { kind: 'relative', days: 30 }, welcome: true },
  });
  await call(baseUrl, `/admin/coupon-templates/${template.id}/status`, { method: 'POST', token, body: { status: 'active' } });
  return template;
}
