import { readFileSync } from 'node:fs';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import Pay from 'wechatpay-node-v3';
import type { Output } from 'wechatpay-node-v3/dist/lib/interface-v2.js';
import { AppError, type JsapiPayParams } from '@shop/shared';
import type { WechatPayConfig } from '../config.js';
import { PlatformKeys } from './platform-keys.js';
import { VerifiedPayRequest } from './verified-pay-request.js';
import { jsapiPaySign, newNonce, unixSeconds } from './pay-protocol.js';

/** A transaction as WeChat Pay reports it (query answers and TRANSACTION.SUCCESS resources). */
export interface WechatTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: string;
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  success_time?: string;
  payer?: { openid?: string };
  amount?: { total: number; payer_total?: number; currency?: string };
}

/** A refund as WeChat Pay reports it (refund answers and REFUND.* resources). */
export interface WechatRefund {
  out_refund_no: string;
  refund_id?: string;
  out_trade_no?: string;
  transaction_id?: string;
  status?: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  refund_status?: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  success_time?: string;
  amount?: { total: number; refund: number };
}

export interface PrepayRequest {
  outTradeNo: string;
  description: string;
  amount: number;
  expiresAt: Date;
  notifyUrl: string;
  openid?: string;
}

/** WeChat Pay as the shop uses it; every call is signed by the SDK and every answer verified. */
export class WechatPayClient {
  readonly platformKeys: PlatformKeys;
  private readonly pay: Pay;
  private readonly privateKey: KeyObject;

  constructor(readonly config: WechatPayConfig) {
    const privateKeyPem = readFileSync(config.privateKeyPath);
    this.privateKey = createPrivateKey(privateKeyPem);
    this.platformKeys = PlatformKeys.fromFiles(config);
    // The SDK's public key is only for its own verification helpers, which we do not use.
    this.pay = new Pay({ appid: config.appid, mchid: config.mchid, serial_no: config.merchantSerial, publicKey: Buffer.from(''), privateKey: privateKeyPem, key: config.apiV3Key });
    this.pay.createHttp(new VerifiedPayRequest(config.baseUrl, this.platformKeys));
  }

  async jsapiPrepay(request: PrepayRequest & { openid: string }): Promise<string> {
    const result = await this.pay.transactions_jsapi({ ...this.prepayBody(request), payer: { openid: request.openid } });
    const pkg = String((expectOk(result, 'create the payment') as { package?: string }).package ?? '');
    const prepayId = pkg.startsWith('prepay_id=') ? pkg.slice('prepay_id='.length) : '';
    if (!prepayId) throw providerError('create the payment', 'no prepay_id');
    return prepayId;
  }

  async nativePrepay(request: PrepayRequest): Promise<string> {
    const result = await this.pay.transactions_native(this.prepayBody(request));
    const codeUrl = (expectOk(result, 'create the payment QR code') as { code_url?: string }).code_url;
    if (!codeUrl) throw providerError('create the payment QR code', 'no code_url');
    return codeUrl;
  }

  /** The five wx.requestPayment parameters for a prepay, freshly signed. */
  jsapiParams(prepayId: string): JsapiPayParams {
    const timeStamp = unixSeconds();
    const nonceStr = newNonce();
    const pkg = `prepay_id=${prepayId}`;
    return { appId: this.config.appid, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign: jsapiPaySign(this.config.appid, timeStamp, nonceStr, pkg, this.privateKey) };
  }

  async queryTransaction(outTradeNo: string): Promise<WechatTransaction | null> {
    const result = await this.pay.query({ out_trade_no: outTradeNo });
    if (result.status === 404) return null;
    return expectOk(result, 'query the payment') as WechatTransaction;
  }

  /** Closes an unpaid transaction; returns false when WeChat says it was paid meanwhile. */
  async close(outTradeNo: string): Promise<boolean> {
    const result = await this.pay.close(outTradeNo);
    if (result.status === 400 && String(result.error ?? '').includes('ORDERPAID')) return false;
    if (result.status === 404) return true;
    expectOk(result, 'close the payment');
    return true;
  }

  async refund(request: { outTradeNo: string; outRefundNo: string; amount: number; total: number; reason: string; notifyUrl: string }): Promise<WechatRefund> {
    const result: Output = await this.pay.refunds({
      out_trade_no: request.outTradeNo,
      out_refund_no: request.outRefundNo,
      reason: request.reason,
      notify_url: request.notifyUrl,
      amount: { refund: request.amount, total: request.total, currency: 'CNY' },
    });
    return expectOk(result, 'refund') as WechatRefund;
  }

  async queryRefund(outRefundNo: string): Promise<WechatRefund | null> {
    const result: Output = await this.pay.find_refunds(outRefundNo);
    if (result.status === 404) return null;
    return expectOk(result, 'query the refund') as WechatRefund;
  }

  private prepayBody(request: PrepayRequest) {
    return {
      description: truncateUtf8(request.description, DESCRIPTION_MAX_BYTES),
      out_trade_no: request.outTradeNo,
      time_expire: rfc3339China(request.expiresAt),
      notify_url: request.notifyUrl,
      amount: { total: request.amount, currency: 'CNY' },
    };
  }
}

function expectOk(result: Output, action: string): unknown {
  if (result.status >= 200 && result.status < 300) return result.data ?? {};
  throw providerError(action, typeof result.error === 'string' ? result.error : JSON.stringify(result.error ?? result.status));
}

function providerError(action: string, detail: string): AppError {
  return new AppError('PAYMENT_PROVIDER_ERROR', `WeChat Pay could not ${action}; please try again`, [{ path: 'wechatpay', message: detail.slice(0, 300) }]);
}

/** WeChat limits `description` to 127 bytes of UTF-8 (a Chinese character takes 3). */
const DESCRIPTION_MAX_BYTES = 127;

/** The longest prefix of `text` within `maxBytes` of UTF-8, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > maxBytes) break;
    result += char;
  }
  return result;
}

/** 2026-11-23T20:30:00+08:00: WeChat wants RFC 3339 with an offset; we send China time. */
export function rfc3339China(date: Date): string {
  const china = new Date(date.getTime() + 8 * 3600_000);
  return `${china.toISOString().slice(0, 19)}+08:00`;
}
