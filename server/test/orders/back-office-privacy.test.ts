import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/platform/transaction.js';
import { OrderEntity } from '../../src/orders/order.entity.js';
import { StockTransferEntity } from '../../src/inventory/stock-transfer.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { SAMPLE_ADDRESS, addAddress, setAvailable, skusWithStock, storeByCode, warehouseOf } from '../support/fixtures.js';

/**
 * What staff and the back office may do and see of a buyer's order: a pickup is handed over only
 * against its code (an admin's override says why, is logged, and waits for goods in transit);
 * pickup codes and full recipient phones never appear in staff or back-office views.
 */
describe('orders in staff and back-office hands', () => {
  let app: TestApp;
  let admin: string;
  let marketer: string;
  let staffJa: string;
  let managerJa: string;
  let jingan: Awaited<ReturnType<typeof storeByCode>>;
  let sku: Sku;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    marketer = await app.loginStaff('marketer', DEMO_PASSWORDS.marketer);
    staffJa = await app.loginStaff('staff.ja1', DEMO_PASSWORDS.staff);
    managerJa = await app.loginStaff('manager.ja', DEMO_PASSWORDS.staff);
    jingan = await storeByCode(app, 'SH-JA');
    sku = (await skusWithStock(app, jingan.location.id, 10))[0]!;
  });
  afterAll(async () => app?.close());

  const orderRow = (id: number) => app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id });

  /** A member's paid pickup order at 静安, with the code as the buyer sees it. */
  async function paidPickup(name: string, skuId = sku.id): Promise<{ id: number; code: string; token: string }> {
    const token = await app.loginMember(name);
    const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId, qty: 1 }], fulfillment: { type: 'pickup', storeId: jingan.store.id } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, created.body.id, new Date(), 'test:payment'));
    const mine = await app.request('GET', `/api/v1/orders/${created.body.id}`, { token });
    expect(mine.body.pickup.code).toMatch(/^\d{6}$/);
    return { id: created.body.id, code: mine.body.pickup.code, token };
  }

  describe('handing a pickup over', () => {
    it('is not open to store roles through the generic complete route: only the code hands it over', async () => {
      const { id } = await paidPickup('privacy-no-code');
      for (const token of [staffJa, managerJa, marketer]) {
        const attempt = await app.request('POST', `/api/v1/admin/orders/${id}/complete`, { token, body: { reason: '顾客说已经付款了' } });
        expect(attempt.status).toBe(403);
        expect(attempt.body.error.code).toBe('FORBIDDEN');
      }
      expect((await orderRow(id)).status).toBe('awaiting_pickup');
    });

    it("lets an admin override with a reason, logged with the order's events, once", async () => {
      const { id } = await paidPickup('privacy-override');
      const bare = await app.request('POST', `/api/v1/admin/orders/${id}/complete`, { token: admin, body: {} });
      expect(bare.status).toBe(400);
      expect(bare.body.error.code).toBe('VALIDATION_FAILED');
      expect((await orderRow(id)).status).toBe('awaiting_pickup');

      const done = await app.request('POST', `/api/v1/admin/orders/${id}/complete`, { token: admin, body: { reason: '顾客手机丢失，核对身份证后交付' } });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body.status).toBe('completed');
      const detail = await app.request('GET', `/api/v1/admin/orders/${id}`, { token: admin });
      expect(detail.body.events.at(-1)).toMatchObject({ fromStatus: 'awaiting_pickup', toStatus: 'completed', note: '管理员代为核销：顾客手机丢失，核对身份证后交付' });
      const again = await app.request('POST', `/api/v1/admin/orders/${id}/complete`, { token: admin, body: { reason: '再点一次试试' } });
      expect(again.status).toBe(409);
    });

    it('refuses the override while the goods are still on their way from the warehouse, leaving the transfer open', async () => {
      const warehouse = await warehouseOf(app);
      const travelling = (await skusWithStock(app, warehouse.id, 5)).find((s) => s.id !== sku.id)!;
      await setAvailable(app, travelling.id, jingan.location.id, 0);
      const { id } = await paidPickup('privacy-in-transit', travelling.id);
      const early = await app.request('POST', `/api/v1/admin/orders/${id}/complete`, { token: admin, body: { reason: '顾客急着要' } });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('ORDER_STATE_CONFLICT');
      expect(early.body.error.message).toContain('调拨途中');
      expect((await orderRow(id)).status).toBe('awaiting_pickup');
      expect(await app.services.dataSource.manager.findOneByOrFail(StockTransferEntity, { orderId: id })).toMatchObject({ status: 'in_transit' });
    });
  });

  describe('what staff and the back office see', () => {
    it('never carry a pickup code or its QR in order lists and details, for marketers, admins and store staff', async () => {
      const { id, code } = await paidPickup('privacy-code');
      const views = [
        await app.request('GET', '/api/v1/admin/orders?limit=100', { token: marketer }),
        await app.request('GET', '/api/v1/admin/orders?limit=100', { token: admin }),
        await app.request('GET', '/api/v1/admin/orders?limit=100', { token: managerJa }),
        await app.request('GET', `/api/v1/admin/orders/${id}`, { token: marketer }),
        await app.request('GET', `/api/v1/admin/orders/${id}`, { token: staffJa }),
        await app.request('GET', '/api/v1/staff/pickups', { token: staffJa }),
        await app.request('GET', `/api/v1/staff/orders/${id}`, { token: staffJa }),
      ];
      for (const view of views) {
        expect(view.status).toBe(200);
        expect(JSON.stringify(view.body)).not.toContain(code);
      }
      const listed = views[0]!.body.items.find((o: { id: number }) => o.id === id);
      expect(listed.pickup).toEqual({ code: null, qrPayload: null, ready: true });
      // The buyer still has it, and staff of the store see it once they look the code up themselves.
      const lookup = await app.request('GET', `/api/v1/staff/pickups/lookup?code=${code}`, { token: staffJa });
      expect(lookup.body.order.pickup.code).toBe(code);
    });

    it("shows a guest's pickup code only to the staff member who sold it, as the guest's receipt", async () => {
      const sold = await app.request('POST', '/api/v1/staff/orders', { token: staffJa, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'pickup' } } });
      expect(sold.status, JSON.stringify(sold.body)).toBe(201);
      await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, sold.body.id, new Date(), 'test:payment'));
      const seller = await app.request('GET', `/api/v1/staff/orders/${sold.body.id}`, { token: staffJa });
      expect(seller.body.pickup.code).toMatch(/^\d{6}$/);
      const colleague = await app.request('GET', `/api/v1/staff/orders/${sold.body.id}`, { token: await app.loginStaff('staff.ja2', DEMO_PASSWORDS.staff) });
      expect(colleague.status).toBe(200);
      expect(colleague.body.pickup).toMatchObject({ code: null, qrPayload: null });
      expect((await app.request('GET', `/api/v1/staff/orders/${sold.body.id}`, { token: managerJa })).body.pickup.code).toBeNull();
    });

    it("masks the recipient's phone in back-office lists and details (139****2222)", async () => {
      const token = await app.loginMember('privacy-phone');
      const addressId = await addAddress(app, token);
      const created = await app.request('POST', '/api/v1/orders', { token, body: { lines: [{ skuId: sku.id, qty: 1 }], fulfillment: { type: 'delivery', addressId } } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const masked = `${SAMPLE_ADDRESS.phone.slice(0, 3)}****${SAMPLE_ADDRESS.phone.slice(7)}`;
      const list = await app.request('GET', '/api/v1/admin/orders?limit=100', { token: marketer });
      const detail = await app.request('GET', `/api/v1/admin/orders/${created.body.id}`, { token: admin });
      expect(list.body.items.find((o: { id: number }) => o.id === created.body.id).fulfillment.address.phone).toBe(masked);
      expect(detail.body.fulfillment.address.phone).toBe(masked);
      expect(JSON.stringify(list.body)).not.toContain(SAMPLE_ADDRESS.phone);
      // The buyer's own view keeps the number they typed.
      expect((await app.request('GET', `/api/v1/orders/${created.body.id}`, { token })).body.fulfillment.address.phone).toBe(SAMPLE_ADDRESS.phone);
    });
  });
});
