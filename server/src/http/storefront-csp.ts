import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The Content-Security-Policy of the H5 storefront (and the staff and marketing consoles, the
 * same build). What the build needs, checked against miniapp/config and src/index.html:
 * - scripts: its own bundles, plus the one inline script Taro writes into index.html (it sets
 *   the root font size for rem units). That script differs per build configuration, so it is
 *   allowed by its hash, read from the index.html being served; no 'unsafe-inline', no eval
 *   (neither Taro's runtime nor webpack's production output uses eval or new Function);
 * - styles: its own CSS and inline styles (Taro H5 components write style attributes and
 *   <style> elements at run time);
 * - images: its own (/images/), data: (the QR codes are SVG data URIs), blob:, and any https
 *   image (a member's avatar is a URL of their choosing, WeChat's avatars live on qlogo.cn);
 * - connections: its own origin only. The WeChat Pay emulator's cashier is reached by
 *   navigating to it (location.assign / window.open), which connect-src does not govern, and
 *   the cashier page's own calls are the emulator's origin talking to itself.
 */
export function storefrontPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${inlineScriptHashes.map((hash) => ` '${hash}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For everything that is not the storefront page (JSON, images): nothing may load or run, nobody may frame it. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** `sha256-…` of each inline (src-less) script in an HTML page, as CSP hashes it: the exact text between the tags. */
function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1] ?? '')) continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/**
 * The inline script hashes of `<h5Dir>/index.html`, re-read when the file changes (a new build
 * replaces it under a running server, as the E2E tests do). No file: none.
 */
export function storefrontScriptHashes(h5Dir: string): () => Promise<string[]> {
  const index = join(h5Dir, 'index.html');
  let cached: { version: string; hashes: string[] } | null = null;
  return async () => {
    const info = await stat(index).catch(() => null);
    if (!info?.isFile()) return [];
    const version = `${info.mtimeMs}:${info.size}`;
    if (cached?.version !== version) {
      const html = await readFile(index, 'utf8').catch(() => '');
      cached = { version, hashes: inlineScriptHashes(html) };
    }
    return cached.hashes;
  };
}
