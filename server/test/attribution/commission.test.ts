import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommissionReportView, StaffCommissionView } from '@shop/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { storeByCode } from '../support/fixtures.js';
import { adminToken } from '../membership/membership-fixtures.js';
import type { Order } from '../../src/orders/order.entity.js';
import type { Store } from '../../src/stores/store.entity.js';
import { bind, orderRow, payAt, placeOrder, refund, setActive, shareCard, shopper, signedInStaff, stockedSkus, type SignedInStaff } from './attribution-fixtures.js';

const RATE = 300; // COMMISSION_RATE_BASIS_POINTS' default: 3%
const commission = (net: number) => Math.floor((RATE * net) / 10_000);

/**
 * November 2026 in China is [2026-10-31T16:00Z, 2026-11-30T16:00Z). Orders credited to staff.ja1
 * (through a bound member), staff.ja2 and staff.xh1, paid on both sides of the month's edges.
 */
describe('commission: rate × (paid − refunded) per staff member and China-time month', () => {
  let app: TestApp;
  let admin: string;
  let ja1: SignedInStaff;
  let ja2: SignedInStaff;
  let managerJa: SignedInStaff;
  let managerXh: SignedInStaff;
  let xh1: SignedInStaff;
  let ja: Store;
  let xh: Store;
  /** ja1's November orders: first paid, partly refunded; second paid on the month's last instant. */
  let ja1Nov: Order[];
  let ja1Refund: number;
  let ja2Nov: Order;
  let xh1Nov: Order;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await adminToken(app);
    [ja1, ja2, managerJa, managerXh, xh1] = await Promise.all(
      (['staff.ja1', 'staff.ja2', 'manager.ja', 'manager.xh', 'staff.xh1'] as const).map((u) => signedInStaff(app, u)),
    );
    ja = (await storeByCode(app, 'SH-JA')).store;
    xh = (await storeByCode(app, 'SH-XH')).store;
    const skus = await stockedSkus(app);
    const [cheap, dear] = [skus[0]!, skus.find((s) => s.price >= 20_000)!];

    const boundToJa1 = await shopper(app, 'ja1-customer');
    await bind(app, boundToJa1.token, (await shareCard(app, ja1)).token);
    const first = await placeOrder(app, boundToJa1, dear, 2);
    const second = await placeOrder(app, boundToJa1, cheap);
    const october = await placeOrder(app, boundToJa1, cheap);
    const december = await placeOrder(app, boundToJa1, cheap);
    const unpaid = await placeOrder(app, boundToJa1, cheap);
    expect([first, second, october, december, unpaid].map((o) => o.staffId)).toEqual(Array(5).fill(ja1.account.id));
    await payAt(app, first.id, new Date('2026-11-10T03:00:00Z'));
    await payAt(app, second.id, new Date('2026-11-30T15:59:59.999Z')); // 23:59:59.999 on Nov 30 in China
    await payAt(app, october.id, new Date('2026-10-31T15:59:59.999Z')); // still October in China
    await payAt(app, december.id, new Date('2026-11-30T16:00:00Z')); // 00:00 on Dec 1 in China
    ja1Refund = Math.floor(first.payableTotal / 3) + 1; // a partial refund that leaves an odd net
    await refund(app, first.id, ja1Refund);
    ja1Nov = [await orderRow(app, first.id), await orderRow(app, second.id)];
    expect(ja1Nov[0]!.refundedTotal).toBe(ja1Refund);

    const boundToJa2 = await shopper(app, 'ja2-customer');
    await bind(app, boundToJa2.token, (await shareCard(app, ja2)).token);
    ja2Nov = await placeOrder(app, boundToJa2, dear);
    await payAt(app, ja2Nov.id, new Date('2026-11-01T00:00:00Z'));
    await refund(app, ja2Nov.id, ja2Nov.payableTotal); // refunded in full: no commission

    const boundToXh1 = await shopper(app, 'xh1-customer');
    await bind(app, boundToXh1.token, (await shareCard(app, xh1)).token);
    xh1Nov = await placeOrder(app, boundToXh1, cheap, 3);
    await payAt(app, xh1Nov.id, new Date('2026-10-31T16:00:00Z')); // 00:00 on Nov 1 in China
  });
  afterAll(async () => app?.close());

  const ja1Paid = () => ja1Nov[0]!.payableTotal + ja1Nov[1]!.payableTotal;

  it("a staff member reads their own month: orders, paid, refunded, net and commission after a partial refund", async () => {
    const res = await app.request<StaffCommissionView>('GET', '/api/v1/staff/commission?month=2026-11', { token: ja1.token });
    expect(res.status).toBe(200);
    const net = ja1Paid() - ja1Refund;
    expect(res.body).toMatchObject({
      month: '2026-11',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      rateBasisPoints: RATE,
      staff: { id: ja1.account.id, username: 'staff.ja1', storeId: ja.id, storeName: ja.name },
      orders: 2,
      paid: ja1Paid(),
      refunded: ja1Refund,
      net,
      commission: commission(net),
      nextCursor: null,
    });
    expect(Number.isInteger(res.body.commission)).toBe(true);
    // Most recently paid first.
    expect(res.body.items).toEqual([
      { orderId: ja1Nov[1]!.id, orderNo: ja1Nov[1]!.orderNo, status: 'awaiting_shipment', channel: 'miniapp', paidAt: '2026-11-30T15:59:59.999Z', paid: ja1Nov[1]!.payableTotal, refunded: 0, net: ja1Nov[1]!.payableTotal },
      { orderId: ja1Nov[0]!.id, orderNo: ja1Nov[0]!.orderNo, status: 'awaiting_shipment', channel: 'miniapp', paidAt: '2026-11-10T03:00:00.000Z', paid: ja1Nov[0]!.payableTotal, refunded: ja1Refund, net: ja1Nov[0]!.payableTotal - ja1Refund },
    ]);

    const october = await app.request<StaffCommissionView>('GET', '/api/v1/staff/commission?month=2026-10', { token: ja1.token });
    expect(october.body).toMatchObject({ orders: 1, refunded: 0 });
    const empty = await app.request<StaffCommissionView>('GET', '/api/v1/staff/commission?month=2025-01', { token: ja1.token });
    expect(empty.body).toMatchObject({ orders: 0, paid: 0, refunded: 0, net: 0, commission: 0, items: [], nextCursor: null });
  });

  it('pages the order list with a cursor, and defaults to the current month', async () => {
    const page1 = await app.request<StaffCommissionView>('GET', '/api/v1/staff/commission?month=2026-11&limit=1', { token: ja1.token });
    expect(page1.body.items.map((i) => i.orderId)).toEqual([ja1Nov[1]!.id]);
    expect(page1.body.orders).toBe(2); // the figures cover the whole month, whatever the page
    const page2 = await app.request<StaffCommissionView>('GET', `/api/v1/staff/commission?month=2026-11&limit=1&cursor=${page1.body.nextCursor}`, { token: ja1.token });
    expect(page2.body.items.map((i) => i.orderId)).toEqual([ja1Nov[0]!.id]);
    expect(page2.body.nextCursor).toBeNull();

    const current = await app.request<StaffCommissionView>('GET', '/api/v1/staff/commission', { token: ja1.token });
    expect(current.body.month).toBe(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7));
    for (const bad of ['month=2026-13', 'month=2026-1', 'month=november', 'limit=0', 'cursor=%%%']) {
      const res = await app.request('GET', `/api/v1/staff/commission?${bad}`, { token: ja1.token });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code, bad).toBe('VALIDATION_FAILED');
    }
  });

  it("a store manager reads every staff member of their store, and only theirs; the staff role gets 403", async () => {
    const res = await app.request<CommissionReportView>('GET', '/api/v1/staff/commission/team?month=2026-11', { token: managerJa.token });
    expect(res.status).toBe(200);
    expect(res.body.store).toEqual({ id: ja.id, name: ja.name });
    const net = ja1Paid() - ja1Refund;
    expect(res.body.rows.map((r) => [r.username, r.orders, r.paid, r.refunded, r.net, r.commission])).toEqual([
      ['staff.ja1', 2, ja1Paid(), ja1Refund, net, commission(net)],
      ['manager.ja', 0, 0, 0, 0, 0],
      ['staff.ja2', 1, ja2Nov.payableTotal, ja2Nov.payableTotal, 0, 0],
    ]);
    expect(res.body.rows.every((r) => r.storeId === ja.id && r.storeName === ja.name)).toBe(true);
    expect(res.body.totals).toEqual({ orders: 3, paid: ja1Paid() + ja2Nov.payableTotal, refunded: ja1Refund + ja2Nov.payableTotal, net, commission: commission(net) });

    const xhTeam = await app.request<CommissionReportView>('GET', `/api/v1/staff/commission/team?month=2026-11&storeId=${ja.id}`, { token: managerXh.token });
    expect(xhTeam.body.store).toEqual({ id: xh.id, name: xh.name });
    expect(xhTeam.body.rows.map((r) => r.username).sort()).toEqual(['manager.xh', 'staff.xh1', 'staff.xh2']);
    expect(xhTeam.body.rows.find((r) => r.username === 'staff.xh1')).toMatchObject({ orders: 1, paid: xh1Nov.payableTotal, commission: commission(xh1Nov.payableTotal) });

    for (const staff of [ja1, xh1]) {
      const refused = await app.request('GET', '/api/v1/staff/commission/team?month=2026-11', { token: staff.token });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    expect((await app.request('GET', '/api/v1/admin/commission?month=2026-11', { token: managerJa.token })).status).toBe(403);
  });

  it('an admin reads all stores or one', async () => {
    const all = await app.request<CommissionReportView>('GET', '/api/v1/admin/commission?month=2026-11', { token: admin });
    expect(all.status).toBe(200);
    expect(all.body.store).toBeNull();
    expect(all.body.rows).toHaveLength(9); // three stores, a manager and two staff each
    expect(all.body.rows.filter((r) => r.orders > 0).map((r) => r.username).sort()).toEqual(['staff.ja1', 'staff.ja2', 'staff.xh1']);
    const net = ja1Paid() - ja1Refund;
    expect(all.body.totals).toEqual({
      orders: 4,
      paid: ja1Paid() + ja2Nov.payableTotal + xh1Nov.payableTotal,
      refunded: ja1Refund + ja2Nov.payableTotal,
      net: net + xh1Nov.payableTotal,
      commission: commission(net) + commission(xh1Nov.payableTotal),
    });

    const one = await app.request<CommissionReportView>('GET', `/api/v1/admin/commission?month=2026-11&storeId=${xh.id}`, { token: admin });
    expect(one.body.store).toEqual({ id: xh.id, name: xh.name });
    expect(one.body.rows.map((r) => r.storeId)).toEqual([xh.id, xh.id, xh.id]);
    expect(one.body.totals.orders).toBe(1);
    expect((await app.request('GET', '/api/v1/admin/commission?month=2026-11&storeId=999999', { token: admin })).status).toBe(404);
    expect((await app.request('GET', '/api/v1/admin/commission?month=2026-11&format=xlsx', { token: admin })).status).toBe(400);
  });

  /** The raw bytes: fetch's text() would drop the BOM this checks. */
  async function download(path: string, token: string): Promise<{ status: number; headers: Headers; bytes: Buffer; lines: string[] }> {
    const response = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, lines: bytes.subarray(3).toString('utf8').split('\r\n') };
  }

  it('CSV: a UTF-8 BOM, a header row and the right numbers in yuan, as a named download', async () => {
    const team = await download('/api/v1/staff/commission/team?month=2026-11&format=csv', managerJa.token);
    expect(team.status).toBe(200);
    expect(team.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(team.headers.get('content-disposition')).toBe(`attachment; filename="commission-2026-11-store-${ja.id}.csv"`);
    expect([...team.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    const net = ja1Paid() - ja1Refund;
    expect(team.lines).toEqual([
      '账号,姓名,门店,订单数,实付金额(元),退款金额(元),净额(元),提成(元)',
      `staff.ja1,${ja1.account.displayName},${ja.name},2,${yuan(ja1Paid())},${yuan(ja1Refund)},${yuan(net)},${yuan(commission(net))}`,
      `manager.ja,${managerJa.account.displayName},${ja.name},0,0.00,0.00,0.00,0.00`,
      `staff.ja2,${ja2.account.displayName},${ja.name},1,${yuan(ja2Nov.payableTotal)},${yuan(ja2Nov.payableTotal)},0.00,0.00`,
      '',
    ]);

    const all = await download('/api/v1/admin/commission?month=2026-11&format=csv', admin);
    expect(all.headers.get('content-disposition')).toBe('attachment; filename="commission-2026-11.csv"');
    expect(all.lines).toHaveLength(1 + 9 + 1);
    expect(all.lines).toContain(`staff.xh1,${xh1.account.displayName},${xh.name},1,${yuan(xh1Nov.payableTotal)},0.00,${yuan(xh1Nov.payableTotal)},${yuan(commission(xh1Nov.payableTotal))}`);

    expect((await download('/api/v1/staff/commission/team?month=2026-11&format=csv', ja1.token)).status).toBe(403);
  });

  it('lists a staff member who left but sold in the month; leaves out those who left without sales', async () => {
    const xh2 = await signedInStaff(app, 'staff.xh2');
    await setActive(app, xh1.account.id, false);
    await setActive(app, xh2.account.id, false);
    try {
      const team = await app.request<CommissionReportView>('GET', '/api/v1/staff/commission/team?month=2026-11', { token: managerXh.token });
      expect(team.body.rows.map((r) => [r.username, r.isActive, r.orders])).toEqual([
        ['staff.xh1', false, 1],
        ['manager.xh', true, 0],
      ]);
    } finally {
      await setActive(app, xh1.account.id, true);
      await setActive(app, xh2.account.id, true);
    }
  });
});
