import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { activeTemplate, bulkMembers, marketerToken, memberToken } from './coupon-fixtures.js';

describe("a template's pushes, for the marketing console", () => {
  let app: TestApp;
  let marketer: string;

  beforeAll(async () => {
    app = await startTestApp();
    marketer = await marketerToken(app);
  });
  afterAll(async () => app?.close());

  const list = (templateId: number, query = '', token = marketer) => app.request('GET', `/api/v1/admin/coupon-templates/${templateId}/pushes${query}`, { token });

  it("lists a template's pushes newest first with their progress, a page at a time, and no other template's", async () => {
    await bulkMembers(app, 'listed', 2, (i) => ({ phone: `1370000000${i}` }));
    const templateId = await activeTemplate(app, marketer, { name: '推送列表' });
    const otherId = await activeTemplate(app, marketer, { name: '别的券' });
    const push = (id: number, segment: unknown) => app.request('POST', `/api/v1/admin/coupon-templates/${id}/pushes`, { token: marketer, body: { segment } });
    const first = await push(templateId, { kind: 'phones', phones: ['13700000000', '13700000001', '13711112222'] });
    expect(first.status).toBe(201);
    await app.services.coupons.pushes.runPending();
    const second = await push(templateId, { kind: 'phones', phones: ['13700000000'] });
    await push(otherId, { kind: 'all' });

    const all = await list(templateId);
    expect(all.status).toBe(200);
    expect(all.body.items.map((p: { id: number }) => p.id)).toEqual([second.body.id, first.body.id]);
    expect(all.body.items[0]).toMatchObject({ templateId, status: 'queued', total: 1, processed: 0 });
    expect(all.body.items[1]).toMatchObject({ templateId, status: 'done', total: 2, processed: 2, issued: 2, unmatched: 1, segment: { kind: 'phones', phones: 3 } });
    expect(all.body.nextCursor).toBeNull();

    const page1 = await list(templateId, '?limit=1');
    expect(page1.body.items.map((p: { id: number }) => p.id)).toEqual([second.body.id]);
    const page2 = await list(templateId, `?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((p: { id: number }) => p.id)).toEqual([first.body.id]);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('answers 404 for an unknown template and refuses members', async () => {
    const missing = await list(999_999);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const [memberId] = await bulkMembers(app, 'nosy', 1);
    const templateId = await activeTemplate(app, marketer, { name: '会员看不到' });
    expect((await list(templateId, '', await memberToken(app, memberId!))).status).toBe(403);
    expect((await app.request('GET', `/api/v1/admin/coupon-templates/${templateId}/pushes`)).status).toBe(401);
  });
});
