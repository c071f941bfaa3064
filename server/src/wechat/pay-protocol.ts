/**
 * WeChat Pay APIv3 protocol primitives, used by our payment client and by the local emulator,
 * so both sides of every test speak exactly the documented protocol:
 * - request signature: SHA256withRSA over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`,
 *   sent as `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="",nonce_str="",signature="",timestamp="",serial_no=""`;
 * - response/notification signature: SHA256withRSA over `TIMESTAMP\nNONCE\nBODY\n` in the
 *   `Wechatpay-Timestamp/-Nonce/-Signature/-Serial` headers;
 * - resources (notifications, platform certificates) encrypted with AEAD_AES_256_GCM under
 *   the 32-byte APIv3 key; the 16-byte tag is appended to the ciphertext, base64-encoded.
 */
import { createCipheriv, createDecipheriv, createPublicKey, createSign, createVerify, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';

export const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';
/** WeChat rejects requests and we reject responses whose timestamp is further off than this. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const GCM_TAG_BYTES = 16;

export function requestMessage(method: string, pathWithQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

export function responseMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

export function signSha256Rsa(message: string, privateKey: KeyObject | string): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
}

export function verifySha256Rsa(message: string, signature: string, publicKey: KeyObject | string): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

export function newNonce(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

export function unixSeconds(now = Date.now()): string {
  return String(Math.floor(now / 1000));
}

export function isFresh(timestamp: string, now = Date.now()): boolean {
  const seconds = Number(timestamp);
  return Number.isInteger(seconds) && Math.abs(now / 1000 - seconds) <= MAX_CLOCK_SKEW_SECONDS;
}

export interface AuthorizationFields {
  mchid: string;
  nonce_str: string;
  signature: string;
  timestamp: string;
  serial_no: string;
}

export function formatAuthorization(fields: AuthorizationFields): string {
  return `${AUTH_SCHEME} mchid="${fields.mchid}",nonce_str="${fields.nonce_str}",signature="${fields.signature}",timestamp="${fields.timestamp}",serial_no="${fields.serial_no}"`;
}

/** Parses an Authorization header; null when it is not a well-formed WECHATPAY2 header. */
export function parseAuthorization(header: string | undefined): AuthorizationFields | null {
  if (!header?.startsWith(`${AUTH_SCHEME} `)) return null;
  const fields: Record<string, string> = {};
  for (const match of header.slice(AUTH_SCHEME.length + 1).matchAll(/(\w+)="([^"]*)"/g)) fields[match[1]!] = match[2]!;
  const { mchid, nonce_str, signature, timestamp, serial_no } = fields;
  if (!mchid || !nonce_str || !signature || !timestamp || !serial_no) return null;
  return { mchid, nonce_str, signature, timestamp, serial_no };
}

/** Signs an APIv3 request as a merchant: returns the Authorization header value. */
export function signRequest(options: {
  method: string;
  pathWithQuery: string;
  body: string;
  mchid: string;
  serialNo: string;
  privateKey: KeyObject | string;
  now?: number;
}): string {
  const timestamp = unixSeconds(options.now);
  const nonce = newNonce();
  const signature = signSha256Rsa(requestMessage(options.method, options.pathWithQuery, timestamp, nonce, options.body), options.privateKey);
  return formatAuthorization({ mchid: options.mchid, nonce_str: nonce, signature, timestamp, serial_no: options.serialNo });
}

/** The Wechatpay-* headers that sign a response or notification body. */
export function signResponseHeaders(body: string, serial: string, privateKey: KeyObject | string, now?: number): Record<string, string> {
  const timestamp = unixSeconds(now);
  const nonce = newNonce();
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signSha256Rsa(responseMessage(timestamp, nonce, body), privateKey),
    'Wechatpay-Serial': serial,
  };
}

export interface EncryptedResource {
  algorithm: 'AEAD_AES_256_GCM';
  ciphertext: string;
  associated_data: string;
  nonce: string;
  original_type?: string;
}

export function encryptResource(plaintext: string, apiV3Key: string, associatedData: string, originalType?: string): EncryptedResource {
  const nonce = randomBytes(6).toString('hex'); // 12 characters, as WeChat sends
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: 'AEAD_AES_256_GCM', ciphertext: encrypted.toString('base64'), associated_data: associatedData, nonce, ...(originalType ? { original_type: originalType } : {}) };
}

/**
 * Decrypts a resource and authenticates it: a wrong key, nonce, associated data or a tampered
 * ciphertext or tag throws (unlike the SDK's decipher_gcm, which never checks the tag).
 */
export function decryptResource(resource: Pick<EncryptedResource, 'ciphertext' | 'associated_data' | 'nonce'>, apiV3Key: string): string {
  const data = Buffer.from(resource.ciphertext, 'base64');
  if (data.length <= GCM_TAG_BYTES) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(resource.nonce, 'utf8'));
  decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - GCM_TAG_BYTES));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - GCM_TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** A certificate's serial number as WeChat writes it: upper-case hex without separators. */
export function certificateSerial(pem: string | Buffer): string {
  return new X509Certificate(pem).serialNumber.toUpperCase();
}

export function publicKeyOf(pem: string | Buffer): KeyObject {
  return createPublicKey(pem);
}

/** paySign for wx.requestPayment: SHA256withRSA over `appId\ntimeStamp\nnonceStr\npackage\n`. */
export function jsapiPaySign(appId: string, timeStamp: string, nonceStr: string, pkg: string, privateKey: KeyObject | string): string {
  return signSha256Rsa(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`, privateKey);
}
