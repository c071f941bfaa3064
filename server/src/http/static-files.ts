import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Middleware } from 'koa';
import type { AppState } from './context.js';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticOptions {
  /** Only paths under this prefix are looked up (e.g. '/images/'); '/' for a whole site. */
  prefix: string;
  /** File served for the prefix itself ('/' -> index.html). */
  index?: string;
  /** Cache-Control for files whose names carry no content hash. */
  cacheControl: (path: string) => string;
}

/**
 * Serves files under `root` for GET/HEAD requests; anything it cannot serve (another prefix, a
 * missing file, a path escaping the root, an unknown type) falls through to the next middleware.
 */
export function staticFiles(root: string, options: StaticOptions): Middleware<AppState> {
  const base = normalize(root + sep);
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(options.prefix)) return next();
    let decoded: string;
    try {
      decoded = decodeURIComponent(ctx.path === options.prefix && options.index ? options.prefix + options.index : ctx.path);
    } catch {
      return next();
    }
    const type = TYPES[extname(decoded).toLowerCase()];
    const file = normalize(join(base, decoded));
    if (!type || !file.startsWith(base)) return next();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return next();
    ctx.type = type;
    ctx.length = info.size;
    ctx.set('Cache-Control', options.cacheControl(decoded));
    ctx.body = createReadStream(file);
  };
}

/** Product and category images from server/public under /images/. */
export function staticImages(publicDir: string): Middleware<AppState> {
  return staticFiles(publicDir, { prefix: '/images/', cacheControl: () => 'public, max-age=86400' });
}

/**
 * The H5 storefront build at `/`. Its router uses the URL hash, so `/` (index.html) is the only
 * entry; hashed bundles are immutable, index.html is always revalidated so a new build shows at once.
 * While there is no build yet (`npm start` builds it in the background, the server is up meanwhile)
 * the entry answers a page that says so and looks again every few seconds.
 */
export function storefront(h5Dir: string): Middleware<AppState> {
  const files = staticFiles(h5Dir, {
    prefix: '/',
    index: 'index.html',
    cacheControl: (path) => (/\.[0-9a-f]{8}\./.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const index = join(h5Dir, 'index.html');
  return async (ctx, next) => {
    const isEntry = (ctx.method === 'GET' || ctx.method === 'HEAD') && (ctx.path === '/' || ctx.path === '/index.html');
    if (isEntry && !(await stat(index).catch(() => null))?.isFile()) {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = BUILDING_PAGE;
      return;
    }
    return files(ctx, next);
  };
}

/** No script (the storefront's content policy allows none inline): a meta refresh looks again. */
const BUILDING_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="3"><title>正在构建店铺页面…</title>
<style>body{font-family:sans-serif;display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:90vh;color:#333}p{color:#888}</style></head>
<body><h1 data-testid="storefront-building">正在构建店铺页面…</h1><p>首次启动需要约两分钟，完成后本页会自动打开店铺。接口已可用：/api/v1</p></body></html>`;
