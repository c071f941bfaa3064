import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CART_MAX_LINES, priceOrder } from '@shop/shared';
import { ProductEntity } from '../../src/catalog/product.entity.js';
import { SkuEntity, type Sku } from '../../src/catalog/sku.entity.js';
import { CartItemEntity } from '../../src/cart/cart-item.entity.js';
import { inTransaction } from '../../src/platform/transaction.js';
import { DEMO_PASSWORDS, startTestApp, type TestApp } from '../support/test-app.js';
import { skusWithStock, stockOf, warehouseOf } from '../support/fixtures.js';

describe('cart: lines, problems, totals, ownership', () => {
  let app: TestApp;
  let alice: string;
  let bob: string;
  let warehouseId: number;
  /** On-shelf SKUs with warehouse stock, cheapest first; picked from the end to spare the few cheap ones. */
  let stocked: Sku[];
  /** A SKU of a product no other test touches, so taking products off shelf stays local to one test. */
  const freshSku = (where: (s: Sku) => boolean = () => true): Sku => {
    const sku = [...stocked].reverse().find(where);
    if (!sku) throw new Error('ran out of demo SKUs');
    stocked = stocked.filter((s) => s.productId !== sku.productId);
    return sku;
  };

  beforeAll(async () => {
    app = await startTestApp();
    alice = await app.loginMember('cart-alice');
    bob = await app.loginMember('cart-bob');
    warehouseId = (await warehouseOf(app)).id;
    stocked = await skusWithStock(app, warehouseId, 30);
  });
  afterAll(async () => app?.close());

  const add = (token: string, skuId: number, qty: number) => app.request('POST', '/api/v1/cart/items', { token, body: { skuId, qty } });
  const cartOf = async (token: string) => (await app.request('GET', '/api/v1/cart', { token })).body;
  const lineOf = (cart: { lines: { skuId: number }[] }, skuId: number): any => cart.lines.find((l) => l.skuId === skuId);
  const skuByCode = (code: string) => app.services.dataSource.manager.findOneByOrFail(SkuEntity, { code });

  it('adds a line with current catalog facts and merges a second add of the same SKU', async () => {
    const token = await app.loginMember('cart-merge');
    const sku = freshSku((s) => s.memberPrice !== null);
    const product = await app.services.dataSource.manager.findOneByOrFail(ProductEntity, { id: sku.productId });

    const first = await add(token, sku.id, 2);
    expect(first.status).toBe(201);
    expect(first.body.lines).toHaveLength(1);
    expect(first.body.lines[0]).toMatchObject({
      skuId: sku.id,
      productId: product.id,
      title: product.title,
      image: product.images[0],
      qty: 2,
      selected: true,
      price: sku.price,
      memberPrice: sku.memberPrice,
      problem: null,
    });
    expect(first.body.lines[0].specText).toBe(Object.entries(sku.specValues).map(([k, v]) => `${k}:${v}`).join(' '));
    expect(first.body.lines[0].available).toBeGreaterThanOrEqual(30);

    const second = await add(token, sku.id, 3);
    expect(second.status).toBe(200);
    expect(second.body.lines).toHaveLength(1);
    expect(second.body.lines[0]).toMatchObject({ id: first.body.lines[0].id, qty: 5 });
  });

  it('rejects unknown and off-shelf SKUs', async () => {
    const unknown = await add(alice, 9_999_999, 1);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');

    const offShelf = freshSku();
    await app.services.dataSource.manager.update(ProductEntity, { id: offShelf.productId }, { status: 'off_shelf' });
    const res = await add(alice, offShelf.id, 1);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PRODUCT_UNAVAILABLE');

    const inactive = freshSku();
    await app.services.dataSource.manager.update(SkuEntity, { id: inactive.id }, { isActive: false });
    expect((await add(alice, inactive.id, 1)).body.error.code).toBe('PRODUCT_UNAVAILABLE');
    expect(lineOf(await cartOf(alice), offShelf.id)).toBeUndefined();
  });

  it('caps one line at 999 units, also across merges', async () => {
    const token = await app.loginMember('cart-qty-cap');
    const sku = freshSku();
    expect((await add(token, sku.id, 1000)).status).toBe(400);
    expect((await add(token, sku.id, 999)).status).toBe(201);
    const over = await add(token, sku.id, 1);
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe('VALIDATION_FAILED');
    expect(over.body.error.details[0].path).toBe('qty');
    expect(lineOf(await cartOf(token), sku.id).qty).toBe(999);
  });

  it(`caps the cart at ${CART_MAX_LINES} different SKUs`, async () => {
    const token = await app.loginMember('cart-line-cap');
    const sku = freshSku();
    expect((await add(token, sku.id, 1)).status).toBe(201);
    const memberId = (await app.services.dataSource.manager.findOneByOrFail(CartItemEntity, { skuId: sku.id })).memberId;
    // The demo catalog has fewer SKUs than the cap, so fill the rest with rows for ids no SKU has.
    const filler = Array.from({ length: CART_MAX_LINES - 1 }, (_, i) => ({ memberId, skuId: 5_000_000 + i, quantity: 1, selected: true }));
    await inTransaction(app.services.dataSource, (manager) => manager.insert(CartItemEntity, filler));

    const another = freshSku();
    const res = await add(token, another.id, 1);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    // Adding more of a SKU already in the cart is still fine at the cap.
    expect((await add(token, sku.id, 1)).status).toBe(200);
    const cart = await cartOf(token);
    expect(cart.lines).toHaveLength(CART_MAX_LINES);
    // Lines whose SKU no longer exists stay visible so they can be removed, but are never priced.
    expect(lineOf(cart, 5_000_000).problem).toBe('off_shelf');
    expect(cart.selectedCount).toBe(2);
  });

  it('changes quantity and selection with PATCH and removes a line with DELETE', async () => {
    const token = await app.loginMember('cart-edit');
    const a = freshSku();
    const b = freshSku();
    await add(token, a.id, 1);
    const added = await add(token, b.id, 1);
    const lineA = lineOf(added.body, a.id);

    const patched = await app.request('PATCH', `/api/v1/cart/items/${lineA.id}`, { token, body: { qty: 4, selected: false } });
    expect(patched.status).toBe(200);
    expect(lineOf(patched.body, a.id)).toMatchObject({ qty: 4, selected: false });

    expect((await app.request('PATCH', `/api/v1/cart/items/${lineA.id}`, { token, body: {} })).status).toBe(400);
    expect((await app.request('PATCH', `/api/v1/cart/items/${lineA.id}`, { token, body: { qty: 0 } })).status).toBe(400);
    expect((await app.request('PATCH', '/api/v1/cart/items/abc', { token, body: { qty: 1 } })).status).toBe(400);

    const removed = await app.request('DELETE', `/api/v1/cart/items/${lineA.id}`, { token });
    expect(removed.status).toBe(200);
    expect(removed.body.lines.map((l: { skuId: number }) => l.skuId)).toEqual([b.id]);
    expect((await app.request('DELETE', `/api/v1/cart/items/${lineA.id}`, { token })).status).toBe(404);
  });

  it('selects or unselects every line at once (全选), only in the member\'s own cart', async () => {
    const token = await app.loginMember('cart-select-all');
    const other = await app.loginMember('cart-select-other');
    const a = freshSku();
    const b = freshSku();
    await add(token, a.id, 1);
    await add(token, b.id, 1);
    await add(other, a.id, 1);
    const none = await app.request('PATCH', '/api/v1/cart/items', { token, body: { selected: false } });
    expect(none.body.lines.map((l: { selected: boolean }) => l.selected)).toEqual([false, false]);
    expect(none.body.payableTotal).toBe(0);
    expect((await cartOf(other)).lines[0].selected).toBe(true);
    const all = await app.request('PATCH', '/api/v1/cart/items', { token, body: { selected: true } });
    expect(all.body.lines.every((l: { selected: boolean }) => l.selected)).toBe(true);
    expect((await app.request('PATCH', '/api/v1/cart/items', { token, body: {} })).status).toBe(400);
  });

  it('flags off-shelf, sold-out and short lines and leaves them out of the totals', async () => {
    const token = await app.loginMember('cart-problems');
    const fine = freshSku();
    const goesOff = freshSku();
    const short = freshSku();
    // A demo SKU that was never stocked (stoneware mug, 炭黑): no warehouse stock row at all.
    const soldOut = await skuByCode('STONEWARE-MUG-3');
    const shortStock = await stockOf(app, short.id, warehouseId);
    const shortAvailable = shortStock.onHand - shortStock.reserved;

    await add(token, fine.id, 1);
    await add(token, goesOff.id, 1);
    await add(token, soldOut.id, 1);
    await add(token, short.id, shortAvailable + 1);
    await app.services.dataSource.manager.update(ProductEntity, { id: goesOff.productId }, { status: 'off_shelf' });

    const cart = await cartOf(token);
    expect(lineOf(cart, fine.id).problem).toBeNull();
    expect(lineOf(cart, goesOff.id).problem).toBe('off_shelf');
    expect(lineOf(cart, soldOut.id)).toMatchObject({ problem: 'out_of_stock', available: 0 });
    expect(lineOf(cart, short.id)).toMatchObject({ problem: 'insufficient_stock', available: shortAvailable, qty: shortAvailable + 1 });
    expect(cart.selectedCount).toBe(1);
    expect(cart.itemsTotal).toBe(fine.price);

    // Down to what is available, the short line is fine again and counts.
    const shortLine = lineOf(cart, short.id);
    const fixed = (await app.request('PATCH', `/api/v1/cart/items/${shortLine.id}`, { token, body: { qty: shortAvailable } })).body;
    expect(lineOf(fixed, short.id).problem).toBeNull();
    expect(fixed.selectedCount).toBe(1 + shortAvailable);
  });

  it('prices the selected lines with the shared pricing function, free shipping from the threshold', async () => {
    const token = await app.loginMember('cart-totals');
    const { baseFee, freeThreshold } = app.services.config.shipping;
    const cheap = freshSku((s) => (s.memberPrice ?? s.price) < freeThreshold);
    const member = freshSku((s) => s.memberPrice !== null && s.memberPrice < s.price);
    const expensive = freshSku();

    const one = (await add(token, cheap.id, 1)).body;
    expect(one).toMatchObject({ selectedCount: 1, shippingFee: baseFee, freeShippingThreshold: freeThreshold });
    expect(one.payableTotal).toBe((cheap.memberPrice ?? cheap.price) + baseFee);

    await add(token, member.id, 2);
    const cart = (await add(token, expensive.id, 1)).body;
    const expensiveLine = lineOf(cart, expensive.id);
    const afterDeselect = (await app.request('PATCH', `/api/v1/cart/items/${expensiveLine.id}`, { token, body: { selected: false } })).body;
    const expected = priceOrder({
      lines: [
        { skuId: cheap.id, quantity: 1, listPrice: cheap.price, memberPrice: cheap.memberPrice },
        { skuId: member.id, quantity: 2, listPrice: member.price, memberPrice: member.memberPrice },
      ],
      isMember: true,
      fulfillment: 'delivery',
      shippingRule: app.services.config.shipping,
    });
    expect(afterDeselect).toMatchObject({
      selectedCount: 3,
      itemsTotal: expected.itemsTotal,
      discountTotal: expected.discountTotal,
      shippingFee: expected.shippingFee,
      payableTotal: expected.payableTotal,
    });
    expect(afterDeselect.discountTotal).toBeGreaterThan(0);

    // Alone, the cheap SKU pays shipping at 1 unit and ships free once the subtotal reaches the threshold.
    for (const line of afterDeselect.lines.filter((l: { skuId: number }) => l.skuId !== cheap.id)) {
      await app.request('DELETE', `/api/v1/cart/items/${line.id}`, { token });
    }
    const cheapLine = lineOf(afterDeselect, cheap.id);
    const qtyForFree = Math.ceil(freeThreshold / (cheap.memberPrice ?? cheap.price));
    const free = (await app.request('PATCH', `/api/v1/cart/items/${cheapLine.id}`, { token, body: { qty: qtyForFree } })).body;
    expect(free.shippingFee).toBe(0);
    expect(free.payableTotal).toBe((cheap.memberPrice ?? cheap.price) * qtyForFree);

    const none = (await app.request('PATCH', `/api/v1/cart/items/${cheapLine.id}`, { token, body: { selected: false } })).body;
    expect(none).toMatchObject({ selectedCount: 0, itemsTotal: 0, discountTotal: 0, shippingFee: 0, payableTotal: 0 });
  });

  it('20 concurrent adds of one SKU by one member end in one line with the summed quantity', async () => {
    const token = await app.loginMember('cart-racer');
    const sku = freshSku();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => add(token, sku.id, (i % 3) + 1)));
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const expectedQty = Array.from({ length: 20 }, (_, i) => (i % 3) + 1).reduce((a, b) => a + b, 0);
    const rows = await app.services.dataSource.manager.findBy(CartItemEntity, { skuId: sku.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quantity).toBe(expectedQty);
    expect(lineOf(await cartOf(token), sku.id).qty).toBe(expectedQty);
  });

  it("never shows or changes another member's lines: their ids answer 404", async () => {
    const sku = freshSku();
    const added = await add(alice, sku.id, 2);
    const aliceLine = lineOf(added.body, sku.id);

    expect(lineOf(await cartOf(bob), sku.id)).toBeUndefined();
    const patch = await app.request('PATCH', `/api/v1/cart/items/${aliceLine.id}`, { token: bob, body: { qty: 9 } });
    expect(patch.status).toBe(404);
    expect(patch.body.error.code).toBe('NOT_FOUND');
    expect((await app.request('DELETE', `/api/v1/cart/items/${aliceLine.id}`, { token: bob })).status).toBe(404);
    expect(lineOf(await cartOf(alice), sku.id)).toMatchObject({ id: aliceLine.id, qty: 2 });
  });

  it('is for signed-in consumers only', async () => {
    expect((await app.request('GET', '/api/v1/cart')).status).toBe(401);
    const staff = await app.loginStaff('admin', DEMO_PASSWORDS.admin);
    expect((await app.request('GET', '/api/v1/cart', { token: staff })).status).toBe(403);
    expect((await app.request('POST', '/api/v1/cart/items', { token: staff, body: { skuId: 1, qty: 1 } })).status).toBe(403);
  });

  it('gives the orders module the selected lines in cart order and removes bought SKUs in its transaction', async () => {
    const token = await app.loginMember('cart-checkout');
    const [a, b, c] = [freshSku(), freshSku(), freshSku()];
    await add(token, a.id, 1);
    await add(token, b.id, 2);
    const cart = (await add(token, c.id, 3)).body;
    await app.request('PATCH', `/api/v1/cart/items/${lineOf(cart, b.id).id}`, { token, body: { selected: false } });
    const memberId = (await app.services.dataSource.manager.findOneByOrFail(CartItemEntity, { skuId: c.id })).memberId;

    expect(await app.services.cart.selectedLines(memberId)).toEqual([
      { skuId: a.id, qty: 1 },
      { skuId: c.id, qty: 3 },
    ]);
    await inTransaction(app.services.dataSource, (manager) => app.services.cart.removeSkusWithin(manager, memberId, [a.id, c.id]));
    expect((await cartOf(token)).lines.map((l: { skuId: number }) => l.skuId)).toEqual([b.id]);
    expect(await app.services.cart.selectedLines(memberId)).toEqual([]);
  });
});
