import { EmulatorError } from './errors.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** The request body as text, exactly as sent (the signature covers these bytes). */
export async function readRawBody(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new EmulatorError(413, 'PARAM_ERROR', '请求体超过 1 MB');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; an empty body is undefined. */
export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new EmulatorError(400, 'PARAM_ERROR', '请求体不是合法的 JSON');
  }
}
