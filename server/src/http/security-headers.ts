import type { Middleware } from 'koa';
import type { AppState } from './context.js';
import { NON_DOCUMENT_POLICY, storefrontPolicy } from './storefront-csp.js';

/** A year; no includeSubDomains or preload, which would bind every other host of the domain. */
const HSTS = 'max-age=31536000';

/**
 * Outermost middleware: the browser-side protections on every answer, errors included.
 * - CSP, X-Frame-Options: the staff and marketing consoles share the storefront's origin, so
 *   no page may be framed (clickjacking a staff tablet) and the page runs only its own code;
 * - nosniff, Referrer-Policy: no content-type guessing, no full URLs (order ids) to other sites;
 * - HSTS only on an https request: from the socket, or from X-Forwarded-Proto when
 *   TRUST_PROXY says a proxy of ours sets it (Koa's `proxy` option; otherwise a client could
 *   claim https over plain http);
 * - Cache-Control: no-store on every /api/v1 answer to a signed-in request (a token in
 *   Authorization) unless the route chose its own: personal answers (orders, addresses,
 *   /members/me, staff and admin views) stay out of browser and proxy caches; anonymous
 *   catalog answers keep their caching.
 */
export function securityHeaders(options: { storefrontScriptHashes: () => Promise<string[]> }): Middleware<AppState> {
  return async (ctx, next) => {
    await next();
    const isPage = Boolean(ctx.response.is('html'));
    ctx.set('Content-Security-Policy', isPage ? storefrontPolicy(await options.storefrontScriptHashes()) : NON_DOCUMENT_POLICY);
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    // A request refused while its body was still arriving (over the size limit) has lost its
    // socket, and Koa's `secure` reads the socket: it would turn that answer into a bare 500.
    if (ctx.req.socket && ctx.secure) ctx.set('Strict-Transport-Security', HSTS);
    if ((ctx.path === '/api/v1' || ctx.path.startsWith('/api/v1/')) && ctx.get('authorization') && !ctx.response.get('Cache-Control')) {
      ctx.set('Cache-Control', 'no-store');
    }
  };
}
