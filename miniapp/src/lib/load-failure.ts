import { ApiError } from '../api/errors';

/**
 * Why a page could not show what it loads, so it can say the right thing: the thing is gone
 * (not found), the phone cannot reach the shop (offline), or the shop answered with an error.
 */
export type LoadFailure = 'not_found' | 'offline' | 'failed';

export function loadFailure(error: unknown): LoadFailure {
  if (error instanceof ApiError) {
    if (error.status === 404 || error.code === 'NOT_FOUND') return 'not_found';
    if (error.code === 'NETWORK' || error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504) return 'offline';
  }
  return 'failed';
}

export const FAILURE_TEXT: Record<Exclude<LoadFailure, 'not_found'>, { title: string; description: string }> = {
  offline: { title: '网络异常，点击重试', description: '请检查网络连接，或稍后再试' },
  failed: { title: '加载失败，点击重试', description: '服务暂时繁忙，请稍后再试' },
};
