import { z } from 'zod';
import { EmulatorError } from './errors.js';

/**
 * Request checks in WeChat's terms: lengths are UTF-8 byte counts, amounts integer fen, and a
 * failure is a 400 PARAM_ERROR naming the field.
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, location: 'body' | 'query'): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = `/${issue.path.map(String).join('/')}`;
  throw new EmulatorError(400, 'PARAM_ERROR', `输入源“/${location}${field === '/' ? '' : field}”校验失败：${issue.message}`, { field, location, issue: issue.message });
}

export const bytes = (min: number, max: number) =>
  z.string().refine((s) => {
    const length = Buffer.byteLength(s, 'utf8');
    return length >= min && length <= max;
  }, `字节数须在 ${min} 到 ${max} 之间`);

export const outTradeNo = z.string().regex(/^[0-9A-Za-z_\-|*]{6,32}$/, '商户订单号须为 6-32 位数字、大小写字母或 _-|*');

/** yyyy-MM-ddTHH:mm:ss+TIMEZONE, the format WeChat documents (e.g. 2026-11-23T20:30:00+08:00). */
export const rfc3339 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, '须为 yyyy-MM-DDTHH:mm:ss+TIMEZONE 格式，如 2026-11-23T20:30:00+08:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间');

/** An http(s) URL without query parameters, at most 255 bytes. */
export const notifyUrl = bytes(1, 255).refine((s) => {
  try {
    const url = new URL(s);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}, '通知地址须为 http(s) URL，且不能携带参数');

export const fen = z.number().int('金额须为整数（分）').positive('金额须大于 0');
