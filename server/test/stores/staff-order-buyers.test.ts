import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { skusWithStock, storeByCode } from '../support/fixtures.js';
import { counterHeaders, counterSession } from '../support/counter.js';
import { eventually } from '../support/eventually.js';
import { MemberEntity } from '../../src/membership/member.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';

/**
 * 今日订单 and the pickup list on the store tablet name each order's buyer (nickname and masked
 * phone, never the full number), looked up once for the whole page rather than once per order.
 */
describe("the buyers on the store's order lists", () => {
  let app: TestApp;
  let staffJa: string;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let sku: Sku;

  beforeAll(async () => {
    app = await startTestApp({ emulator: {} });
    staffJa = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    jingan = await storeByCode(app, 'SH-JA');
    sku = (await skusWithStock(app, jingan.location.id, 10)).find((s) => s.memberPrice === null)!;
  });
  afterAll(async () => app?.close());

  const me = async (token: string) => (await app.request('GET', '/api/v1/members/me', { token })).body as { id: number; nickname: string };
  const counterOrder = async (fulfillment: Record<string, unknown>, counter?: string) => {
    const created = await app.request('POST', '/api/v1/staff/orders', { token: staffJa, headers: counter ? counterHeaders(counter) : {}, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment } });
    if (created.status !== 201) throw new Error(`order failed: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body as { id: number };
  };
  type ListItem = { id: number; memberId: number | null; buyer: { nickname: string; phone: string | null } | null };

  it("shows each member's nickname and masked phone on today's orders, and none for a guest, in one member lookup per page", async () => {
    const withPhone = await app.loginMember('buyers-with-phone');
    const withoutPhone = await app.loginMember('buyers-without-phone');
    const [phoned, unphoned] = [await me(withPhone), await me(withoutPhone)];
    await app.services.dataSource.manager.update(MemberEntity, { id: phoned.id }, { phone: '13912342222' });

    const counterPhoned = await counterSession(app, staffJa, withPhone);
    const counterUnphoned = await counterSession(app, staffJa, withoutPhone);
    const first = await counterOrder({ type: 'carry_out' }, counterPhoned);
    const second = await counterOrder({ type: 'carry_out' }, counterPhoned);
    const third = await counterOrder({ type: 'carry_out' }, counterUnphoned);
    const guest = await counterOrder({ type: 'carry_out' });

    const lookups = vi.spyOn(app.services.members, 'namesOf');
    try {
      const today = await app.request('GET', '/api/v1/staff/orders', { token: staffJa });
      expect(today.status, JSON.stringify(today.body)).toBe(200);
      const byId = new Map((today.body.items as ListItem[]).map((item) => [item.id, item]));
      expect(byId.get(first.id)?.buyer).toEqual({ nickname: phoned.nickname, phone: '139****2222' });
      expect(byId.get(second.id)?.buyer).toEqual({ nickname: phoned.nickname, phone: '139****2222' });
      expect(byId.get(third.id)?.buyer).toEqual({ nickname: unphoned.nickname, phone: null });
      expect(byId.get(guest.id)).toMatchObject({ memberId: null, buyer: null });
      // Staff never receive the whole number.
      expect(JSON.stringify(today.body)).not.toContain('13912342222');
      // One lookup for the page, each member once.
      expect(lookups).toHaveBeenCalledTimes(1);
      const asked = lookups.mock.calls[0]![0];
      expect([...new Set(asked)].sort((a, b) => a - b)).toEqual([phoned.id, unphoned.id].sort((a, b) => a - b));
    } finally {
      lookups.mockRestore();
    }
  });

  it('names the buyer on the pickup list too', async () => {
    const token = await app.loginMember('buyers-pickup');
    const member = await me(token);
    const order = await counterOrder({ type: 'pickup' }, await counterSession(app, staffJa, token));
    const qr = await app.request('POST', `/api/v1/staff/orders/${order.id}/pay`, { token: staffJa });
    await app.emulator!.pay(qr.body.outTradeNo);
    const items = await eventually(
      async () => (await app.request('GET', '/api/v1/staff/pickups?limit=50', { token: staffJa })).body.items as ListItem[],
      (page) => page.some((item) => item.id === order.id),
    );
    expect(items.find((item) => item.id === order.id)?.buyer).toEqual({ nickname: member.nickname, phone: null });
  });
});
