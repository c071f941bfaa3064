import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type Pay from 'wechatpay-node-v3';
import { decryptResource } from '../../src/wechat/pay-protocol.js';
import type { WechatEmulator } from '../../emulator/emulator.js';
import { dev, jsapiOrder, newNo, platformSigned, sdkFor, startReceiver, withEmulator, type RawOutput } from './harness.js';

const RFC3339_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('WeChat emulator: refunds', () => {
  let emulator: WechatEmulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let sdk: Pay;
  beforeAll(async () => {
    receiver = await startReceiver();
    emulator = await withEmulator({ refundSettleDelayMs: 150 });
    sdk = sdkFor(emulator);
  });
  afterAll(async () => {
    await emulator.close();
    await receiver.close();
  });

  async function paidOrder(total = 1230): Promise<{ outTradeNo: string; transactionId: string }> {
    const outTradeNo = newNo();
    await sdk.transactions_jsapi(jsapiOrder(outTradeNo, 'https://shop.example.com/notify', { amount: { total, currency: 'CNY' } }));
    await emulator.pay(outTradeNo, { delivery: 'never' });
    return { outTradeNo, transactionId: emulator.transaction(outTradeNo)!.transactionId! };
  }

  const refundNotification = (outRefundNo: string) =>
    receiver.received.find((r) => {
      const envelope = JSON.parse(r.body);
      return envelope.event_type === 'REFUND.SUCCESS' && JSON.parse(decryptResource(envelope.resource, dev.apiV3Key)).out_refund_no === outRefundNo;
    });

  const refund = (outTradeNo: string, outRefundNo: string, amount: number, total = 1230, extra: Record<string, unknown> = {}) =>
    sdk.refunds({ out_trade_no: outTradeNo, out_refund_no: outRefundNo, reason: '商品已售完', notify_url: receiver.url, amount: { refund: amount, total, currency: 'CNY' }, ...extra }) as Promise<RawOutput>;

  it('accepts a refund as PROCESSING, settles it to SUCCESS and notifies REFUND.SUCCESS', async () => {
    const { outTradeNo, transactionId } = await paidOrder();
    const outRefundNo = newNo('R');
    const created = await refund(outTradeNo, outRefundNo, 300);
    expect(created.status).toBe(200);
    expect(platformSigned(created.headers, created.rawBody)).toBe(true);
    expect(created.data).toMatchObject({
      out_refund_no: outRefundNo,
      transaction_id: transactionId,
      out_trade_no: outTradeNo,
      channel: 'ORIGINAL',
      status: 'PROCESSING',
      amount: { total: 1230, refund: 300, payer_total: 1230, payer_refund: 300, currency: 'CNY' },
    });
    expect(created.data.refund_id).toMatch(/^50\d{27}$/);
    expect(created.data.create_time).toMatch(RFC3339_CHINA);
    expect(((await sdk.query({ out_trade_no: outTradeNo })) as RawOutput).data.trade_state).toBe('REFUND');
    expect(((await sdk.find_refunds(outRefundNo)) as RawOutput).data.status).toBe('PROCESSING');
    expect(refundNotification(outRefundNo)).toBeUndefined();

    const notification = await vi.waitFor(() => {
      const found = refundNotification(outRefundNo);
      expect(found).toBeDefined();
      return found!;
    });
    const queried = (await sdk.find_refunds(outRefundNo)) as RawOutput;
    expect(queried.data).toMatchObject({ refund_id: created.data.refund_id, status: 'SUCCESS' });
    expect(queried.data.success_time).toMatch(RFC3339_CHINA);

    const headers = { get: (name: string) => (notification.headers[name.toLowerCase()] as string | undefined) ?? null };
    expect(platformSigned(headers, notification.body)).toBe(true);
    const envelope = JSON.parse(notification.body);
    expect(envelope).toMatchObject({ event_type: 'REFUND.SUCCESS', resource_type: 'encrypt-resource', resource: { associated_data: 'refund', original_type: 'refund' } });
    expect(JSON.parse(decryptResource(envelope.resource, dev.apiV3Key))).toEqual({
      mchid: dev.mchid,
      out_trade_no: outTradeNo,
      transaction_id: transactionId,
      out_refund_no: outRefundNo,
      refund_id: created.data.refund_id,
      refund_status: 'SUCCESS',
      success_time: queried.data.success_time,
      amount: { total: 1230, refund: 300, payer_total: 1230, payer_refund: 300 },
      user_received_account: '支付用户零钱',
    });
    expect(emulator.refund(outRefundNo)).toMatchObject({ status: 'SUCCESS', refund: 300 });
  });

  it('answers the same refund for a repeated out_refund_no, without counting it twice', async () => {
    const { outTradeNo } = await paidOrder();
    const outRefundNo = newNo('R');
    const first = await refund(outTradeNo, outRefundNo, 1000);
    const again = await refund(outTradeNo, outRefundNo, 1000);
    expect(again.status).toBe(200);
    expect(again.data.refund_id).toBe(first.data.refund_id);
    expect((await refund(outTradeNo, newNo('R'), 230)).status).toBe(200);
    const different = await refund(outTradeNo, outRefundNo, 999);
    expect(different.status).toBe(400);
    expect(different.data.code).toBe('INVALID_REQUEST');
  });

  it('never refunds more than was paid in total', async () => {
    const { outTradeNo } = await paidOrder();
    expect((await refund(outTradeNo, newNo('R'), 1231)).data.code).toBe('INVALID_REQUEST');
    expect((await refund(outTradeNo, newNo('R'), 1000)).status).toBe(200);
    const over = await refund(outTradeNo, newNo('R'), 231);
    expect(over.status).toBe(400);
    expect(over.data).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('超过') });
    expect(platformSigned(over.headers, over.rawBody)).toBe(true);
    expect((await refund(outTradeNo, newNo('R'), 230)).status).toBe(200);
  });

  it('refunds by transaction_id too', async () => {
    const { outTradeNo, transactionId } = await paidOrder();
    const result = (await sdk.refunds({ transaction_id: transactionId, out_refund_no: newNo('R'), amount: { refund: 100, total: 1230, currency: 'CNY' } })) as RawOutput;
    expect(result.status).toBe(200);
    expect(result.data.out_trade_no).toBe(outTradeNo);
  });

  it('refuses a wrong order total, an unpaid order and an unknown one', async () => {
    const { outTradeNo } = await paidOrder();
    const wrongTotal = await refund(outTradeNo, newNo('R'), 100, 1300);
    expect(wrongTotal.status).toBe(400);
    expect(wrongTotal.data.code).toBe('INVALID_REQUEST');

    const unpaid = newNo();
    await sdk.transactions_jsapi(jsapiOrder(unpaid, 'https://shop.example.com/notify'));
    const notPaid = await refund(unpaid, newNo('R'), 100);
    expect(notPaid.status).toBe(400);
    expect(notPaid.data.code).toBe('INVALID_REQUEST');

    const unknown = await refund('NO_SUCH_ORDER', newNo('R'), 100);
    expect(unknown.status).toBe(404);
    expect(unknown.data.code).toBe('RESOURCE_NOT_EXISTS');
    expect(((await sdk.find_refunds('NO_SUCH_REFUND')) as RawOutput).status).toBe(404);
  });

  it('refuses malformed refund amounts with PARAM_ERROR', async () => {
    const { outTradeNo } = await paidOrder();
    expect((await refund(outTradeNo, newNo('R'), 1.5)).data).toMatchObject({ code: 'PARAM_ERROR', detail: { field: '/amount/refund' } });
    expect((await refund(outTradeNo, newNo('R'), 0)).data.code).toBe('PARAM_ERROR');
    // The SDK's types insist on one of the two; the emulator must refuse a request with neither.
    const neither = (await sdk.refunds({ out_refund_no: newNo('R'), amount: { refund: 1, total: 1230, currency: 'CNY' } } as never)) as RawOutput;
    expect(neither.data.code).toBe('PARAM_ERROR');
  });
});
