/**
 * Where the API lives. H5 is served by the server itself, so it calls its own origin; the weapp
 * build needs an absolute base (TARO_APP_API_BASE from miniapp/.env.*, https in production).
 */
export const API_PREFIX = '/api/v1';

export function apiBase(): string {
  if (process.env.TARO_ENV === 'h5') return API_PREFIX;
  const origin = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000';
  return `${origin.replace(/\/+$/, '')}${API_PREFIX}`;
}

export function isH5(): boolean {
  return process.env.TARO_ENV === 'h5';
}

/**
 * Images come from the server as paths ("/images/products/a.svg"): H5 loads them from its own
 * origin, the mini-program needs the server's absolute URL.
 */
export function assetUrl(path: string | null): string {
  if (!path) return '';
  if (/^https?:\/\//.test(path) || isH5()) return path;
  return `${apiBase().slice(0, -API_PREFIX.length)}${path}`;
}
