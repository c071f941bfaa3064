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
 */
export function storefront(h5Dir: string): Middleware<AppState> {
  return staticFiles(h5Dir, {
    prefix: '/',
    index: 'index.html',
    cacheControl: (path) => (/\.[0-9a-f]{8}\./.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
}
