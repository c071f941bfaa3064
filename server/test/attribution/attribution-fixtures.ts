import { expect } from 'vitest';
import type { ReferralBindResult, ReferralTokenView } from '@shop/shared';
import { inTransaction } from '../../src/platform/transaction.js';
import { OrderEntity, type Order } from '../../src/orders/order.entity.js';
import { StaffAccountEntity, type StaffAccount } from '../../src/stores/staff-account.entity.js';
import type { Sku } from '../../src/catalog/sku.entity.js';
import { DEMO_PASSWORDS, type TestApp } from '../support/test-app.js';
import { addAddress, skusWithStock, warehouseOf } from '../support/fixtures.js';
import { member } from '../membership/membership-fixtures.js';

export type DemoStaff = 'manager.ja' | 'staff.ja1' | 'staff.ja2' | 'manager.xh' | 'staff.xh1' | 'staff.xh2' | 'manager.pd' | 'staff.pd1' | 'staff.pd2';

export interface SignedInStaff {
  token: string;
  account: StaffAccount;
}

/** Signs in a demo store account and returns its token and account row. */
export async function signedInStaff(app: TestApp, username: DemoStaff): Promise<SignedInStaff> {
  const token = await app.loginStaff(username, DEMO_PASSWORDS.staff);
  return { token, account: await app.services.dataSource.manager.findOneByOrFail(StaffAccountEntity, { username }) };
}

export async function shareCard(app: TestApp, staff: SignedInStaff): Promise<ReferralTokenView> {
  const res = await app.request<ReferralTokenView>('GET', '/api/v1/staff/me/referral', { token: staff.token });
  expect(res.status).toBe(200);
  return res.body;
}

export async function bind(app: TestApp, memberToken: string, referralToken: string): Promise<ReferralBindResult> {
  const res = await app.request<ReferralBindResult>('POST', '/api/v1/members/me/referral', { token: memberToken, body: { token: referralToken } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export interface Shopper {
  token: string;
  memberId: number;
  addressId: number;
}

export async function shopper(app: TestApp, name: string): Promise<Shopper> {
  const { token, memberId } = await member(app, name);
  return { token, memberId, addressId: await addAddress(app, token) };
}

/** Warehouse SKUs with plenty of stock, cheapest first. */
export async function stockedSkus(app: TestApp): Promise<Sku[]> {
  return skusWithStock(app, (await warehouseOf(app)).id, 20);
}

/** The shopper's own mini-program order (delivery, no coupons); returns its row. */
export async function placeOrder(app: TestApp, buyer: Shopper, sku: Sku, qty = 1): Promise<Order> {
  const res = await app.request<{ id: number }>('POST', '/api/v1/orders', {
    token: buyer.token,
    body: { lines: [{ skuId: sku.id, qty }], fulfillment: { type: 'delivery', addressId: buyer.addressId }, coupons: { mode: 'none' } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return orderRow(app, res.body.id);
}

export function orderRow(app: TestApp, id: number): Promise<Order> {
  return app.services.dataSource.manager.findOneByOrFail(OrderEntity, { id });
}

/** Pays the order as a payment notification would, at the given instant. */
export async function payAt(app: TestApp, orderId: number, paidAt: Date): Promise<void> {
  const paid = await inTransaction(app.services.dataSource, (m) => app.services.orders.markPaidWithin(m, orderId, paidAt, 'test:payment'));
  expect(paid).toBe(true);
}

/** Books a succeeded refund of `amount` fen on the order, as the refund notification would. */
export async function refund(app: TestApp, orderId: number, amount: number): Promise<void> {
  await inTransaction(app.services.dataSource, (m) => app.services.orders.recordRefundWithin(m, orderId, amount));
}

export async function setActive(app: TestApp, staffId: number, isActive: boolean): Promise<void> {
  await app.services.dataSource.manager.update(StaffAccountEntity, { id: staffId }, { isActive });
}
