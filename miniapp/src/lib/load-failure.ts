import { ApiError } from '../api/errors';

/**
 * Why a page could not show what it loads, so it can say the right thing: the thing is gone
 * (not found), the phone cannot reach the shop (offline), or the shop answered with an error.
 */
export type LoadFailure = 'not_found' | 'offline' | 'failed';

/**
 * What a page loads when its query names nothing it can look up (no id, or not a number): the
 * link is broken, so the page says "not found" rather than "load failed, retry".
 */
export class MissingIdError extends Error {
  constructor() {
    super('链接缺少内容编号');
    this.name = 'MissingIdError';
  }
}

/** Loads by the id from the page's query, or fails as not found when there is none. */
export function loadById<T>(id: number | null, load: (id: number) => Promise<T>): Promise<T> {
  return id === null ? Promise.reject(new MissingIdError()) : load(id);
}

export function loadFailure(error: unknown): LoadFailure {
  if (error instanceof MissingIdError) return 'not_found';
  if (error instanceof ApiError) {
    // A route the server lacks (ROUTE_NOT_FOUND) or a 404 page that is not the API's (BAD_RESPONSE)
    // says the shop is misdeployed, not that this product or order is gone.
    if (error.code === 'NOT_FOUND' || (error.status === 404 && error.code !== 'ROUTE_NOT_FOUND' && error.code !== 'BAD_RESPONSE')) return 'not_found';
    if (error.code === 'NETWORK' || error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) return 'offline';
  }
  return 'failed';
}

export const FAILURE_TEXT: Record<Exclude<LoadFailure, 'not_found'>, { title: string; description: string }> = {
  offline: { title: '网络异常，点击重试', description: '请检查网络连接，或稍后再试' },
  failed: { title: '加载失败，点击重试', description: '服务暂时繁忙，请稍后再试' },
};
