import Taro from '@tarojs/taro';

/** A page path as app.config.ts lists it, with a leading slash. */
export type PagePath = `/pages/${string}` | `/packages/${string}`;

/** Pages of the shopping flow. Other subpackages keep their own constants next to their pages. */
export const PAGES = {
  home: '/pages/home/index',
  category: '/pages/category/index',
  cart: '/pages/cart/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  notFound: '/pages/not-found/index',
  search: '/packages/shop/search/index',
  product: '/packages/shop/product/index',
  checkout: '/packages/trade/checkout/index',
  payResult: '/packages/trade/pay-result/index',
  orders: '/packages/trade/orders/index',
  order: '/packages/trade/order/index',
  addresses: '/packages/trade/addresses/index',
  addressEdit: '/packages/trade/address-edit/index',
} as const satisfies Record<string, PagePath>;

/** Tab pages take no query and are opened with switchTab (WeChat's rule). */
const TAB_PAGES: ReadonlySet<string> = new Set([PAGES.home, PAGES.category, PAGES.cart, PAGES.me]);

export type PageParams = Record<string, string | number | boolean | null | undefined>;

export function isTabPage(url: string): boolean {
  return TAB_PAGES.has(url.split('?')[0]!);
}

/** "/packages/shop/product/index?id=3": parameters encoded, empty ones left out. */
export function pageUrl(path: PagePath, params: PageParams = {}): string {
  const query = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Opens a page on top of the current one (or switches tab). */
export function openPage(path: PagePath, params?: PageParams): void {
  const url = pageUrl(path, params);
  if (isTabPage(url)) void Taro.switchTab({ url: url.split('?')[0]! });
  else void Taro.navigateTo({ url });
}

/** Replaces the current page (or switches tab): for steps the back button should skip. */
export function replacePage(urlOrPath: string): void {
  if (isTabPage(urlOrPath)) void Taro.switchTab({ url: urlOrPath.split('?')[0]! });
  else void Taro.redirectTo({ url: urlOrPath });
}

/** Parameters Taro adds to a page's query for its own bookkeeping: not part of the page's URL. */
const TARO_BOOKKEEPING: ReadonlySet<string> = new Set(['$taroTimestamp', 'stamp']);

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** "a=1&b=%E6%A3%89" -> { a: '1', b: '棉' }. */
export function parseQuery(query: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of query.replace(/^[?#]/, '').split('&')) {
    if (!part) continue;
    const [key = '', ...rest] = part.split('=');
    params[decodeOnce(key)] = decodeOnce(rest.join('='));
  }
  return params;
}

interface PageInstance {
  route?: string;
  path?: string;
  options?: Record<string, unknown>;
  $taroParams?: Record<string, unknown>;
}

/**
 * The page on screen as a URL with its query, to come back to after signing in. The query is
 * where each platform keeps it: weapp in `options`; Taro H5 leaves `options` empty for a page
 * opened from its address (a share link) and keeps the query in `$taroParams` (undecoded) and,
 * until the page has loaded, in `path`.
 */
export function currentPageUrl(): string | null {
  const pages = Taro.getCurrentPages() as PageInstance[];
  const page = pages[pages.length - 1];
  const route = page?.route || page?.path?.split('?')[0];
  if (!page || !route) return null;
  const path = route.startsWith('/') ? route : `/${route}`;
  const found: Record<string, unknown> = { ...parseQuery(page.path?.split('?')[1] ?? ''), ...page.$taroParams, ...page.options };
  const params: PageParams = {};
  for (const [key, value] of Object.entries(found)) {
    if (!TARO_BOOKKEEPING.has(key) && typeof value === 'string') params[key] = decodeOnce(value);
  }
  return pageUrl(path.split('?')[0] as PagePath, params);
}

/** A page's query parameter as a positive integer id, or null. */
export function idParam(value: string | undefined): number | null {
  if (!value || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}
