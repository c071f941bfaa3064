import { z } from 'zod';

/** Body of POST /orders/:id/pay: JSAPI inside the mini-program, Native (a QR code) elsewhere. */
export const payRequestSchema = z.object({ method: z.enum(['jsapi', 'native']) });
export type PayRequest = z.infer<typeof payRequestSchema>;

/** What `Taro.requestPayment` / `wx.requestPayment` takes, signed by the server. */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/**
 * Answer of POST /orders/:id/pay. Native answers carry `cashierUrl` when the server pays
 * through the local WeChat emulator: the page a browser opens in place of scanning the QR.
 */
export type PayAnswer =
  | { method: 'jsapi'; outTradeNo: string; params: JsapiPayParams }
  | { method: 'native'; outTradeNo: string; codeUrl: string; cashierUrl: string | null };
