/**
 * A stand-in for @tarojs/taro in unit tests: the APIs the app calls, as vi.fn() doubles with
 * in-memory storage, plus the page lifecycle hooks mapped onto React effects.
 */
import { useEffect, useRef } from 'react';
import { vi } from 'vitest';

export interface MockResponse {
  statusCode: number;
  data: unknown;
}

export interface MockRequest {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
}

const storage = new Map<string, unknown>();
let routerParams: Record<string, string> = {};
/** A page instance as Taro.getCurrentPages() gives it (H5 pages also carry `path` and `$taroParams`). */
interface MockPage {
  route: string;
  options?: Record<string, string>;
  path?: string;
  $taroParams?: Record<string, string>;
}
let currentPages: MockPage[] = [];
const pageHooks = { pullDownRefresh: [] as (() => void)[], reachBottom: [] as (() => void)[] };

const Taro = {
  request: vi.fn<(options: MockRequest) => Promise<MockResponse>>(),
  getStorageSync: vi.fn((key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : '')),
  setStorageSync: vi.fn((key: string, value: unknown) => void storage.set(key, structuredClone(value))),
  removeStorageSync: vi.fn((key: string) => void storage.delete(key)),
  showToast: vi.fn(async (_options: { title: string; icon?: string }) => undefined),
  showModal: vi.fn(async (_options: { title?: string; content?: string }) => ({ confirm: true, cancel: false })),
  showLoading: vi.fn(async () => undefined),
  hideLoading: vi.fn(async () => undefined),
  navigateTo: vi.fn(async (_options: { url: string }) => undefined),
  redirectTo: vi.fn(async (_options: { url: string }) => undefined),
  switchTab: vi.fn(async (_options: { url: string }) => undefined),
  navigateBack: vi.fn(async () => undefined),
  reLaunch: vi.fn(async (_options: { url: string }) => undefined),
  getCurrentPages: vi.fn(() => currentPages),
  login: vi.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
  requestPayment: vi.fn(async (_params: Record<string, string>) => ({ errMsg: 'requestPayment:ok' })),
  stopPullDownRefresh: vi.fn(),
  pageScrollTo: vi.fn(),
  setNavigationBarTitle: vi.fn(),
  getLocation: vi.fn(async () => ({ latitude: 31.23, longitude: 121.47 })),
  chooseAddress: vi.fn(async () => ({})),
  makePhoneCall: vi.fn(async () => undefined),
  openLocation: vi.fn(async () => undefined),
  previewImage: vi.fn(async () => undefined),
  /** Design px (750 wide) to a CSS length; the real one gives rpx on weapp and rem on H5. */
  pxTransform: vi.fn((size: number) => `${size / 2}px`),
};

export default Taro;
export const { request, getStorageSync, setStorageSync, removeStorageSync, showToast, navigateTo, redirectTo, switchTab, navigateBack, getCurrentPages } = Taro;

export function useRouter() {
  return { params: routerParams, path: currentPages[currentPages.length - 1]?.route ?? '' };
}

export function useLoad(callback: (params: Record<string, string>) => void) {
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current) return;
    ran.current = true;
    callback(routerParams);
  });
}

export function useDidShow(callback: () => void) {
  useEffect(() => {
    callback();
  }, []);
}

export function useDidHide(_callback: () => void) {}
export function useUnload(_callback: () => void) {}
export function useReady(_callback: () => void) {}

export function usePullDownRefresh(callback: () => void) {
  useEffect(() => {
    pageHooks.pullDownRefresh.push(callback);
    return () => void (pageHooks.pullDownRefresh = pageHooks.pullDownRefresh.filter((c) => c !== callback));
  });
}

export function useReachBottom(callback: () => void) {
  useEffect(() => {
    pageHooks.reachBottom.push(callback);
    return () => void (pageHooks.reachBottom = pageHooks.reachBottom.filter((c) => c !== callback));
  });
}

export function useShareAppMessage(_callback: () => unknown) {}

/* ---- test controls ---- */

export function resetTaroMock(): void {
  storage.clear();
  routerParams = {};
  currentPages = [];
  pageHooks.pullDownRefresh = [];
  pageHooks.reachBottom = [];
  for (const fn of Object.values(Taro)) fn.mockClear();
  Taro.request.mockReset();
}

export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

export function setCurrentPage(route: string, options: Record<string, string> | undefined = {}, fields: Omit<MockPage, 'route' | 'options'> = {}): void {
  currentPages = [{ route, options, ...fields }];
}

export function storedValue(key: string): unknown {
  return storage.get(key);
}

/** Answers Taro.request calls in order, each with `{statusCode, data}`. */
export function respondWith(...responses: MockResponse[]): void {
  for (const response of responses) Taro.request.mockResolvedValueOnce(response);
}

/** Routes requests by "METHOD /path" (path without the API base and query) to handlers. */
export function routeRequests(routes: Record<string, (request: MockRequest) => MockResponse>): void {
  Taro.request.mockImplementation(async (request) => {
    const method = request.method ?? 'GET';
    const path = request.url.replace(/^.*\/api\/v1/, '').split('?')[0];
    const handler = routes[`${method} ${path}`];
    if (!handler) return { statusCode: 404, data: { error: { code: 'ROUTE_NOT_FOUND', message: `no mock for ${method} ${path}` } } };
    return handler(request);
  });
}

export function triggerReachBottom(): void {
  for (const callback of pageHooks.reachBottom) callback();
}

export function triggerPullDownRefresh(): void {
  for (const callback of pageHooks.pullDownRefresh) callback();
}
