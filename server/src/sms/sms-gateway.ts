import { AppError } from '@shop/shared';

/** Sends a text message to a mainland mobile number. */
export interface SmsGateway {
  send(phone: string, text: string): Promise<void>;
}

export interface SmsConfig {
  /** The provider's endpoint (the local emulator in development); null: no SMS is sent. */
  baseUrl: string | null;
  apiKey: string;
}

/**
 * The SMS provider over HTTP: `POST {baseUrl}/sms/send {phone, text}` with the account's API
 * key as a bearer token, answered 2xx when accepted. The local emulator speaks the same.
 */
class HttpSmsGateway implements SmsGateway {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/sms/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` },
        body: JSON.stringify({ phone, text }),
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', '短信发送失败，请稍后再试或使用会员码');
    }
    if (!response.ok) throw new AppError('SERVICE_UNAVAILABLE', '短信发送失败，请稍后再试或使用会员码');
  }
}

const unavailable: SmsGateway = {
  async send() {
    throw new AppError('SERVICE_UNAVAILABLE', '本店暂未开通短信验证，请让顾客出示会员码');
  },
};

export function createSmsGateway(config: SmsConfig): SmsGateway {
  return config.baseUrl ? new HttpSmsGateway(config.baseUrl.replace(/\/+$/, ''), config.apiKey) : unavailable;
}
