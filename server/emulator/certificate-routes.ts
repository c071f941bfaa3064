import { X509Certificate } from 'node:crypto';
import type Router from '@koa/router';
import { encryptResource } from '../src/wechat/pay-protocol.js';
import type { EmulatorConfig } from './config.js';
import type { V3State } from './verify-request.js';
import { chinaTime } from './wechat-format.js';

/** GET /v3/certificates: the platform certificate, encrypted under the APIv3 key (legacy certificate mode). */
export function certificateRoutes(router: Router<V3State>, config: EmulatorConfig): void {
  const certificate = new X509Certificate(config.platform.certificatePem);
  router.get('/v3/certificates', (ctx) => {
    ctx.body = {
      data: [
        {
          serial_no: config.platform.certificateSerial,
          effective_time: chinaTime(certificate.validFrom),
          expire_time: chinaTime(certificate.validTo),
          encrypt_certificate: encryptResource(config.platform.certificatePem, config.merchant.apiV3Key, 'certificate'),
        },
      ],
    };
  });
}
