import { COUNTER_TOKEN_HEADER } from '@shop/shared';
import type { TestApp } from './test-app.js';

/**
 * The counter session a member's presence gives: the member opens their member code (as 会员中心
 * does) and the staff member types its 12 digits into the tablet.
 */
export async function counterSession(app: TestApp, staffToken: string, memberToken: string): Promise<string> {
  const code = await app.request('GET', '/api/v1/members/me/code', { token: memberToken });
  const identified = await app.request('POST', '/api/v1/staff/members/identify', { token: staffToken, body: { code: code.body.digits } });
  if (identified.status !== 200) throw new Error(`identify failed: ${identified.status} ${JSON.stringify(identified.body)}`);
  return identified.body.session.token as string;
}

/** The header that carries a counter session. */
export function counterHeaders(counterToken: string): Record<string, string> {
  return { [COUNTER_TOKEN_HEADER]: counterToken };
}

/** The code in the newest text the emulator delivered to this phone (the member reads it out). */
export function textedCode(app: TestApp, phone: string): string {
  const texts = app.emulator?.texts(phone) ?? [];
  const code = /验证码 (\d{6})/.exec(texts.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no code was texted to ${phone}`);
  return code;
}
