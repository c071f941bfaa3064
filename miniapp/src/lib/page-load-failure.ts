import { FAILURE_TEXT } from './load-failure';

/**
 * In the H5 storefront every page is a script loaded on first visit. When the shop cannot be
 * reached at that moment, Taro's router rejects and the old page stays on screen under the new
 * tab's highlight. This puts the failed state over it instead, with a retry that reloads the page
 * the address already points to once the shop answers again.
 */

interface ChunkFailure {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  request?: unknown;
}

/** webpack's failure to load a page's script or style. */
export function isChunkLoadFailure(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const { name, message, code } = reason as ChunkFailure;
  return name === 'ChunkLoadError' || code === 'CSS_CHUNK_LOAD_FAILED' || (typeof message === 'string' && /Loading (CSS )?chunk \S+ failed/.test(message));
}

const OVERLAY_ID = 'page-load-failed';

function failedUrl(reason: unknown): string {
  const { request } = reason as ChunkFailure;
  return typeof request === 'string' ? request : window.location.href;
}

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

function showFailure(reason: unknown): void {
  if (document.getElementById(OVERLAY_ID)) return;
  const text = FAILURE_TEXT.offline;
  const overlay = document.createElement('div');
  overlay.id = OVERLAY_ID;
  overlay.className = 'page-load-failed';
  overlay.setAttribute('data-testid', 'load-failed');
  overlay.innerHTML = '<div class="page-load-failed__title"></div><div class="page-load-failed__description"></div><button class="page-load-failed__action" type="button">重新加载</button>';
  overlay.querySelector('.page-load-failed__title')!.textContent = text.title;
  const description = overlay.querySelector('.page-load-failed__description')!;
  description.textContent = text.description;
  const retry = async () => {
    if (await reachable(failedUrl(reason))) {
      window.location.reload();
      return;
    }
    description.textContent = '还是连不上，请检查网络后再试';
  };
  overlay.addEventListener('click', () => void retry());
  document.body.appendChild(overlay);
}

/** H5 only: catch page scripts that fail to load (registered once in app.tsx). */
export function watchPageLoadFailures(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkLoadFailure(event.reason)) return;
    event.preventDefault();
    showFailure(event.reason);
  });
}
