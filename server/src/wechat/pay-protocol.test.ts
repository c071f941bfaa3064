import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  certificateSerial,
  decryptResource,
  encryptResource,
  isFresh,
  parseAuthorization,
  requestMessage,
  signRequest,
  signResponseHeaders,
  responseMessage,
  verifySha256Rsa,
} from './pay-protocol.js';

const fixture = (name: string) => readFileSync(new URL(`../../emulator/fixtures/${name}`, import.meta.url), 'utf8');
const merchantKey = fixture('dev-merchant-private-key.pem');
const merchantCert = fixture('dev-merchant-certificate.pem');
const platformKey = fixture('dev-platform-private-key.pem');
const platformCert = fixture('dev-platform-certificate.pem');
const apiV3Key = '0123456789abcdef0123456789ABCDEF';

describe('WeChat Pay APIv3 protocol', () => {
  it('signs a request that verifies against the merchant certificate, and not after tampering', () => {
    const body = '{"amount":{"total":100}}';
    const header = signRequest({ method: 'POST', pathWithQuery: '/v3/pay/transactions/jsapi', body, mchid: '1900000001', serialNo: certificateSerial(merchantCert), privateKey: merchantKey });
    const fields = parseAuthorization(header)!;
    expect(fields).toMatchObject({ mchid: '1900000001', serial_no: certificateSerial(merchantCert) });
    const message = requestMessage('POST', '/v3/pay/transactions/jsapi', fields.timestamp, fields.nonce_str, body);
    expect(verifySha256Rsa(message, fields.signature, merchantCert)).toBe(true);
    expect(verifySha256Rsa(message.replace('100', '1'), fields.signature, merchantCert)).toBe(false);
    expect(verifySha256Rsa(message, fields.signature, platformCert)).toBe(false);
  });

  it('rejects malformed Authorization headers', () => {
    expect(parseAuthorization(undefined)).toBeNull();
    expect(parseAuthorization('Bearer abc')).toBeNull();
    expect(parseAuthorization('WECHATPAY2-SHA256-RSA2048 mchid="1",nonce_str="n"')).toBeNull();
  });

  it('signs responses with the platform key', () => {
    const body = '{"prepay_id":"wx1"}';
    const headers = signResponseHeaders(body, 'SERIAL', platformKey);
    const message = responseMessage(headers['Wechatpay-Timestamp']!, headers['Wechatpay-Nonce']!, body);
    expect(verifySha256Rsa(message, headers['Wechatpay-Signature']!, platformCert)).toBe(true);
  });

  it('round-trips AES-256-GCM resources and rejects any tampering, including the tag', () => {
    const resource = encryptResource('{"trade_state":"SUCCESS"}', apiV3Key, 'transaction', 'transaction');
    expect(decryptResource(resource, apiV3Key)).toBe('{"trade_state":"SUCCESS"}');
    const raw = Buffer.from(resource.ciphertext, 'base64');
    const flipLast = Buffer.from(raw);
    flipLast[flipLast.length - 1]! ^= 1; // the tag
    expect(() => decryptResource({ ...resource, ciphertext: flipLast.toString('base64') }, apiV3Key)).toThrow();
    const flipFirst = Buffer.from(raw);
    flipFirst[0]! ^= 1; // the ciphertext
    expect(() => decryptResource({ ...resource, ciphertext: flipFirst.toString('base64') }, apiV3Key)).toThrow();
    expect(() => decryptResource({ ...resource, associated_data: 'refund' }, apiV3Key)).toThrow();
    expect(() => decryptResource(resource, 'X'.repeat(32))).toThrow();
  });

  it('accepts timestamps within five minutes only', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(isFresh(String(now / 1000 - 299), now)).toBe(true);
    expect(isFresh(String(now / 1000 - 301), now)).toBe(false);
    expect(isFresh('not-a-number', now)).toBe(false);
  });

  it('reads certificate serials as upper-case hex', () => {
    expect(certificateSerial(merchantCert)).toMatch(/^[0-9A-F]{20,40}$/);
  });
});
