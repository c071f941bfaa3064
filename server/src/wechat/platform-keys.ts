import { readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { certificateSerial, isFresh, publicKeyOf, responseMessage, verifySha256Rsa } from './pay-protocol.js';

export interface SignedHeaders {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  serial: string | undefined;
}

/**
 * The WeChat Pay keys we trust, by the serial WeChat names in `Wechatpay-Serial`: a platform
 * certificate's serial (legacy mode) or a `PUB_KEY_ID_...` (public-key mode).
 */
export class PlatformKeys {
  private readonly keys = new Map<string, KeyObject>();

  static fromFiles(options: { platformCertPath: string | null; publicKeyPath: string | null; publicKeyId: string | null }): PlatformKeys {
    const keys = new PlatformKeys();
    if (options.platformCertPath) {
      const pem = readFileSync(options.platformCertPath);
      keys.add(certificateSerial(pem), publicKeyOf(pem));
    }
    if (options.publicKeyPath && options.publicKeyId) keys.add(options.publicKeyId, publicKeyOf(readFileSync(options.publicKeyPath)));
    return keys;
  }

  add(serial: string, key: KeyObject): void {
    this.keys.set(serial, key);
  }

  /**
   * Why a signed body is not from WeChat, or null when it is. Rejects unknown serials, stale
   * timestamps (replays) and WeChat's `WECHATPAY/SIGNTEST` probe signatures.
   */
  problemWith(headers: SignedHeaders, body: string, now = Date.now()): string | null {
    const { timestamp, nonce, signature, serial } = headers;
    if (!timestamp || !nonce || !signature || !serial) return 'missing Wechatpay signature headers';
    if (signature.startsWith('WECHATPAY/SIGNTEST')) return 'signature probe';
    const key = this.keys.get(serial);
    if (!key) return `unknown Wechatpay-Serial ${serial}`;
    if (!isFresh(timestamp, now)) return 'stale Wechatpay-Timestamp';
    if (!verifySha256Rsa(responseMessage(timestamp, nonce, body), signature, key)) return 'bad signature';
    return null;
  }
}

export function signedHeadersOf(get: (name: string) => string | null | undefined): SignedHeaders {
  return {
    timestamp: get('wechatpay-timestamp') ?? undefined,
    nonce: get('wechatpay-nonce') ?? undefined,
    signature: get('wechatpay-signature') ?? undefined,
    serial: get('wechatpay-serial') ?? undefined,
  };
}
