import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { certificateSerial } from './pay-protocol.js';

/**
 * Development-only WeChat Pay identity shared by the local emulator and the server's default
 * configuration. The keys are committed test fixtures (server/emulator/fixtures); production
 * values come only from configuration.
 */
const fixtures = fileURLToPath(new URL('../../emulator/fixtures/', import.meta.url));
const read = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');

export const DEV_MCHID = '1900000001';
export const DEV_APPID = 'wx8a2b3c4d5e6f7a8b';
export const DEV_APP_SECRET = 'dev-only-app-secret';
/** APIv3 keys are exactly 32 characters. */
export const DEV_APIV3_KEY = 'DevOnlyApiV3Key-NotForProduction';
export const DEV_PLATFORM_PUBLIC_KEY_ID = 'PUB_KEY_ID_0119000000012026112300000000000001';

export const devFixturePaths = {
  merchantPrivateKey: `${fixtures}dev-merchant-private-key.pem`,
  merchantCertificate: `${fixtures}dev-merchant-certificate.pem`,
  platformPrivateKey: `${fixtures}dev-platform-private-key.pem`,
  platformCertificate: `${fixtures}dev-platform-certificate.pem`,
  platformPublicKey: `${fixtures}dev-platform-public-key.pem`,
};

export function devMerchantSerial(): string {
  return certificateSerial(read('dev-merchant-certificate.pem'));
}

export function devPlatformSerial(): string {
  return certificateSerial(read('dev-platform-certificate.pem'));
}
