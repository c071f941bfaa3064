import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
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

/** Text formats worth compressing; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

type Coding = 'br' | 'gzip';

/**
 * The coding to send for an Accept-Encoding header: the one with the highest q-value, brotli
 * on a tie (Chromium sends `gzip, deflate, br, zstd`, all q=1); identity without the header.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Coding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const q = params.map((param) => /^q=([0-9.]+)$/.exec(param)?.[1]).find((value) => value !== undefined);
    quality.set(name, q === undefined ? 1 : Number(q) || 0);
  }
  const of = (name: string) => quality.get(name) ?? quality.get('*') ?? 0;
  const [br, gz] = [of('br'), of('gzip')];
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : 'identity';
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The compressors, on libuv's thread pool (never the event loop). Brotli at its best quality
 * takes ~0.6 s for the 420 KB app bundle, 8% smaller than quality 9; it runs once per file.
 */
export const compressors: Record<Coding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    brotliAsync(data, {
      params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => gzipAsync(data, { level: zlib.Z_BEST_COMPRESSION }),
};

/** Files above this are streamed as they are (build output and images are far smaller). */
const MAX_COMPRESSED_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Compressed copies of files, made on first request and kept: static files are immutable build
 * output, so a copy stays right while the file's mtime and size are those it was made from (a
 * new build rewrites index.html, which makes a new copy). Bounded by the copies' total bytes,
 * least recently used out first. Concurrent first requests share one compression.
 */
export class CompressedCopies {
  private readonly copies = new Map<string, { version: string; body: Buffer }>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.bytes;
  }

  async get(file: string, info: Stats, coding: Coding): Promise<Buffer> {
    const key = `${coding}:${file}`;
    const version = `${info.mtimeMs}:${info.size}`;
    const copy = this.copies.get(key);
    if (copy?.version === version) {
      this.copies.delete(key);
      this.copies.set(key, copy); // most recently used last
      return copy.body;
    }
    const job = `${key}:${version}`;
    let compressing = this.pending.get(job);
    if (!compressing) {
      compressing = readFile(file).then((data) => compressors[coding](data));
      this.pending.set(job, compressing);
      compressing.then(
        (body) => {
          this.pending.delete(job);
          this.keep(key, version, body);
        },
        () => this.pending.delete(job),
      );
    }
    return compressing;
  }

  private keep(key: string, version: string, body: Buffer): void {
    const old = this.copies.get(key);
    if (old) {
      this.copies.delete(key);
      this.bytes -= old.body.length;
    }
    if (body.length > this.maxBytes) return;
    this.copies.set(key, { version, body });
    this.bytes += body.length;
    for (const [oldest, copy] of this.copies) {
      if (this.bytes <= this.maxBytes) break;
      this.copies.delete(oldest);
      this.bytes -= copy.body.length;
    }
  }
}

export interface StaticOptions {
  /** Only paths under this prefix are looked up (e.g. '/images/'); '/' for a whole site. */
  prefix: string;
  /** File served for the prefix itself ('/' -> index.html). */
  index?: string;
  /** Cache-Control for files whose names carry no content hash. */
  cacheControl: (path: string) => string;
  /** Bound of the compressed copies kept in memory, in bytes (default 32 MiB). */
  compressedCacheBytes?: number;
}

/**
 * Serves files under `root` for GET/HEAD requests; anything it cannot serve (another prefix, a
 * missing file, a path escaping the root, an unknown type) falls through to the next middleware.
 * Text formats go out in brotli or gzip when the client accepts them (`Vary: Accept-Encoding`),
 * from a copy compressed once per file (CompressedCopies).
 */
export function staticFiles(root: string, options: StaticOptions): Middleware<AppState> {
  const base = normalize(root + sep);
  const copies = new CompressedCopies(options.compressedCacheBytes ?? 32 * 1024 * 1024);
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
    ctx.set('Cache-Control', options.cacheControl(decoded));
    if (COMPRESSIBLE.has(extname(decoded).toLowerCase()) && info.size <= MAX_COMPRESSED_FILE_BYTES) {
      ctx.vary('Accept-Encoding');
      const coding = chooseEncoding(ctx.get('Accept-Encoding') || undefined);
      if (coding !== 'identity') {
        // HEAD too: its Content-Length is that of the body a GET would get.
        const body = await copies.get(file, info, coding);
        ctx.set('Content-Encoding', coding);
        ctx.body = body; // sets Content-Length; Koa sends no body for HEAD
        return;
      }
    }
    ctx.length = info.size;
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
