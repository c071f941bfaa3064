import type { AccessTokenSource } from './access-token.js';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** Mini-program page the message opens. */
  page: string;
  data: Record<string, { value: string }>;
}

/** POST /cgi-bin/message/subscribe/send: WeChat's 订阅消息 (or the emulator's, which records them). */
export class SubscribeMessageSender {
  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly baseUrl: string,
  ) {}

  /** Resolves when WeChat accepted the message; throws with WeChat's errcode otherwise. */
  async send(message: SubscribeMessage): Promise<void> {
    const url = new URL('/cgi-bin/message/subscribe/send', this.baseUrl);
    url.searchParams.set('access_token', await this.tokens.accessToken());
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ touser: message.touser, template_id: message.templateId, page: message.page, data: message.data, miniprogram_state: 'formal', lang: 'zh_CN' }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { errcode?: number; errmsg?: string };
    if (body.errcode) throw new Error(`subscribe message refused: ${body.errcode} ${body.errmsg ?? ''}`);
  }
}
