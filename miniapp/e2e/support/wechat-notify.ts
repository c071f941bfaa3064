import { readFileSync } from 'node:fs';
import { DEV_APIV3_KEY, DEV_PLATFORM_PUBLIC_KEY_ID, devFixturePaths } from '../../../server/src/wechat/dev-credentials';
import { encryptResource, signResponseHeaders } from '../../../server/src/wechat/pay-protocol';

/**
 * Sends a WeChat Pay notification as WeChat itself would: the resource encrypted under the shop's
 * (development) APIv3 key and the body signed with the platform key that the local emulator signs
 * with, so the shop takes it for genuine. For notifications real WeChat could send but the
 * emulator never does (an amount that is not the order's).
 */
export async function sendSignedNotification(shopUrl: string, resource: object, id = `e2e-evt-${Date.now()}`): Promise<number> {
  const body = JSON.stringify({
    id,
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: encryptResource(JSON.stringify(resource), DEV_APIV3_KEY, 'transaction', 'transaction'),
  });
  const headers = { ...signResponseHeaders(body, DEV_PLATFORM_PUBLIC_KEY_ID, readFileSync(devFixturePaths.platformPrivateKey, 'utf8')), 'content-type': 'application/json' };
  const answer = await fetch(`${shopUrl}/api/v1/payments/wechat/notify`, { method: 'POST', headers, body });
  return answer.status;
}
