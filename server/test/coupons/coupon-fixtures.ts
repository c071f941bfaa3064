import { MemberEntity } from '../../src/membership/member.entity.js';
import { DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;

export function futureIso(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

/** A valid 满 199 减 30 template body; override any field. */
export function templateBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '满199减30',
    kind: 'threshold_off',
    value: 3000,
    threshold: 19900,
    totalQuantity: 100,
    perMemberLimit: 1,
    validity: { kind: 'relative', days: 7 },
    ...overrides,
  };
}

export async function marketerToken(app: TestApp): Promise<string> {
  return app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
}

/** Creates a template through the API and (by default) activates it; returns its id. */
export async function activeTemplate(app: TestApp, token: string, overrides: Record<string, unknown> = {}, activate = true): Promise<number> {
  const created = await app.request('POST', '/api/v1/admin/coupon-templates', { token, body: templateBody(overrides) });
  if (created.status !== 201) throw new Error(`template create failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (activate) {
    const res = await app.request('POST', `/api/v1/admin/coupon-templates/${created.body.id}/status`, { token, body: { status: 'active' } });
    if (res.status !== 200) throw new Error(`activate failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return created.body.id as number;
}

/** Inserts members directly (fast) and returns their ids; `createdAt` defaults to now. */
export async function bulkMembers(app: TestApp, prefix: string, count: number, extra: (i: number) => Partial<{ phone: string; createdAt: Date }> = () => ({})): Promise<number[]> {
  const ids: number[] = [];
  const manager = app.services.dataSource.manager;
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, k) => ({ openid: `${prefix}-${start + k}`, unionid: null, nickname: '', avatarUrl: null, phone: null, ...extra(start + k) }));
    await manager.insert(MemberEntity, rows);
  }
  const made = await manager.createQueryBuilder(MemberEntity, 'm').select('m.id', 'id').where('m.openid LIKE :p', { p: `${prefix}-%` }).orderBy('m.id', 'ASC').getRawMany<{ id: number }>();
  for (const r of made) ids.push(Number(r.id));
  return ids;
}

export async function memberToken(app: TestApp, memberId: number): Promise<string> {
  return (await app.services.tokens.issue({ kind: 'member', memberId, roles: ['consumer'] })).token;
}

/** One new member and their sign-in token. */
export async function signedInMember(app: TestApp, prefix: string): Promise<{ id: number; token: string }> {
  const [id] = await bulkMembers(app, prefix, 1);
  return { id: id!, token: await memberToken(app, id!) };
}
