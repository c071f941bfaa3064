import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptResource } from '../../src/wechat/pay-protocol.js';
import { controlFetch, dev, jsapiOrder, newNo, platformSigned, sdkFor, startReceiver, withEmulator, type ReceiverReply, type RawOutput } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(reply?: (n: number, body: string) => ReceiverReply | Promise<ReceiverReply>, options: Parameters<typeof withEmulator>[0] = {}) {
  const receiver = await startReceiver(reply);
  const emulator = await withEmulator(options);
  cleanups.push(receiver.close, () => emulator.close());
  const outTradeNo = newNo();
  expect(((await sdkFor(emulator).transactions_jsapi(jsapiOrder(outTradeNo, receiver.url))) as RawOutput).status).toBe(200);
  return { receiver, emulator, outTradeNo };
}

const headersOf = (received: { headers: Record<string, string | string[] | undefined> }) => ({
  get: (name: string) => {
    const value = received.headers[name.toLowerCase()];
    return typeof value === 'string' ? value : null;
  },
});

describe('WeChat emulator: payment notifications', () => {
  it('POSTs a signed TRANSACTION.SUCCESS whose resource decrypts to the transaction', async () => {
    const { receiver, emulator, outTradeNo } = await setup();
    await emulator.pay(outTradeNo);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    const [notification] = receiver.received;
    expect(platformSigned(headersOf(notification!), notification!.body)).toBe(true);
    expect(platformSigned(headersOf(notification!), notification!.body.replace('SUCCESS', 'SUCCES5'))).toBe(false);

    const envelope = JSON.parse(notification!.body);
    expect(envelope).toMatchObject({ resource_type: 'encrypt-resource', event_type: 'TRANSACTION.SUCCESS', summary: '支付成功' });
    expect(envelope.id).toEqual(expect.any(String));
    expect(envelope.resource).toMatchObject({ algorithm: 'AEAD_AES_256_GCM', associated_data: 'transaction', original_type: 'transaction' });
    const transaction = JSON.parse(decryptResource(envelope.resource, dev.apiV3Key));
    const queried = (await sdkFor(emulator).query({ out_trade_no: outTradeNo })) as RawOutput;
    expect(transaction).toEqual(queried.data);
    expect(transaction).toMatchObject({ mchid: dev.mchid, appid: dev.appid, out_trade_no: outTradeNo, trade_state: 'SUCCESS', amount: { total: 1230 } });
    expect(() => decryptResource(envelope.resource, 'AnotherKey-0123456789abcdefghijk')).toThrow();

    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(1));
    expect(emulator.notifications()[0]).toMatchObject({ type: 'TRANSACTION.SUCCESS', url: receiver.url, attempt: 1, statusCode: 204, error: null, delivered: true, outTradeNo, body: notification!.body });
  });

  it('retries after a 500 answer on the schedule', async () => {
    const { receiver, emulator, outTradeNo } = await setup((n) => (n === 0 ? 'fail' : 'ok'), { notifyRetryDelaysMs: [150, 50] });
    await emulator.pay(outTradeNo);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2));
    expect(receiver.received[1]!.at - receiver.received[0]!.at).toBeGreaterThanOrEqual(140);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(platformSigned(headersOf(receiver.received[1]!), receiver.received[1]!.body)).toBe(true);
    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(2));
    expect(emulator.notifications().map((a) => [a.attempt, a.statusCode, a.delivered])).toEqual([
      [1, 500, false],
      [2, 204, true],
    ]);
  });

  it('counts no answer within the timeout as a failure and retries', async () => {
    const { receiver, emulator, outTradeNo } = await setup((n) => (n === 0 ? 'hang' : 'ok'), { notifyTimeoutMs: 200, notifyRetryDelaysMs: [20] });
    await emulator.pay(outTradeNo);
    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(2));
    const [first, second] = emulator.notifications();
    expect(first).toMatchObject({ attempt: 1, statusCode: null, delivered: false, error: expect.stringContaining('200 ms') });
    expect(second).toMatchObject({ attempt: 2, statusCode: 204, delivered: true });
    expect(receiver.received).toHaveLength(2);
  });

  it('gives up when the schedule runs out', async () => {
    const { receiver, emulator, outTradeNo } = await setup(() => 'fail', { notifyRetryDelaysMs: [20, 20] });
    await emulator.pay(outTradeNo);
    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(3);
    expect(emulator.notifications().map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(emulator.notifications().every((a) => !a.delivered)).toBe(true);
  });

  it("sends the same notification twice, concurrently, with delivery 'twice'", async () => {
    let release: () => void = () => {};
    const bothArrived = new Promise<void>((resolve) => (release = resolve));
    // Neither delivery is answered before the other arrives: they must be in flight together.
    const { receiver, emulator, outTradeNo } = await setup(async (n): Promise<ReceiverReply> => {
      if (n === 1) release();
      await bothArrived;
      return 'ok';
    });
    await emulator.pay(outTradeNo, { delivery: 'twice' });
    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(2));
    expect(receiver.received).toHaveLength(2);
    const [a, b] = receiver.received.map((r) => JSON.parse(r.body));
    expect(a.id).toBe(b.id);
    expect(a.resource).toEqual(b.resource);
    expect(emulator.notifications().map((n) => n.copy).sort()).toEqual([1, 2]);
    expect(emulator.notifications().every((n) => n.delivered)).toBe(true);
  });

  it("sends nothing with delivery 'never', while WeChat's state says paid", async () => {
    const { receiver, emulator, outTradeNo } = await setup();
    await emulator.pay(outTradeNo, { delivery: 'never' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(0);
    expect(emulator.notifications()).toHaveLength(0);
    expect(((await sdkFor(emulator).query({ out_trade_no: outTradeNo })) as RawOutput).data.trade_state).toBe('SUCCESS');
  });

  it("holds the first attempt for lateMs with delivery 'late'", async () => {
    const { receiver, emulator, outTradeNo } = await setup();
    const paidAt = Date.now();
    await emulator.pay(outTradeNo, { delivery: 'late', lateMs: 300 });
    expect(emulator.transaction(outTradeNo)?.tradeState).toBe('SUCCESS');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(receiver.received).toHaveLength(0);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    expect(receiver.received[0]!.at - paidAt).toBeGreaterThanOrEqual(290);
  });

  it('lists every attempt through the control API', async () => {
    const { emulator, outTradeNo } = await setup((n) => (n === 0 ? 'fail' : 'ok'));
    await emulator.pay(outTradeNo);
    await vi.waitFor(() => expect(emulator.notifications()).toHaveLength(2));
    const listed = await (await controlFetch(emulator, '/notifications')).json();
    expect(listed.data).toEqual(emulator.notifications());
  });
});
