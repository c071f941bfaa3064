import type Router from '@koa/router';
import type { Context } from 'koa';
import { cashierLinkToken } from './control-token.js';
import { isExpired } from './payments.js';
import type { EmulatorStore, TransactionRecord } from './store.js';

/**
 * GET /cashier?prepay_id=... | ?code_url=...  &token=...  [&return_url=...] [&openid=...]
 * A stand-in for WeChat's pay sheet: shows the amount, description and merchant, and pays or
 * fails the transaction through the control API, then goes back to return_url. The request has
 * passed the token check (control-token.ts) with the control token or this transaction's link
 * token; the page's own calls use the link token, never the control token.
 */
export function cashierRoutes(router: Router, deps: { store: EmulatorStore; merchantName: string; controlToken: string }): void {
  router.get('/cashier', (ctx) => {
    const { return_url: returnUrl, openid } = ctx.query;
    const tx = cashierTransaction(deps.store, ctx.query);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    // The page's URL carries a token: never send it on to return_url or anywhere else.
    ctx.set('Referrer-Policy', 'no-referrer');
    if (!tx) {
      ctx.status = 404;
      ctx.body = page('订单不存在', `<div class="notice">找不到这笔订单，请确认链接中的 prepay_id 或 code_url。</div>`);
      return;
    }
    ctx.body = cashier(tx, {
      merchantName: deps.merchantName,
      linkToken: cashierLinkToken(deps.controlToken, tx.outTradeNo),
      returnUrl: typeof returnUrl === 'string' && /^https?:\/\//i.test(returnUrl) ? returnUrl : null,
      openid: tx.tradeType === 'NATIVE' && typeof openid === 'string' && openid !== '' ? openid : null,
    });
  });
}

/** The transaction a cashier request (`?prepay_id=` or else `?code_url=`) is for; the token check asks the same. */
export function cashierTransaction(store: EmulatorStore, query: Context['query']): TransactionRecord | null {
  const { prepay_id: prepayId, code_url: codeUrl } = query;
  return typeof prepayId === 'string' ? store.transactionByPrepayId(prepayId) : typeof codeUrl === 'string' ? store.transactionByCodeUrl(codeUrl) : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** 1230 -> "12.30" */
function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function statusNotice(tx: TransactionRecord): string | null {
  if (tx.tradeState === 'SUCCESS' || tx.tradeState === 'REFUND') return '该订单已支付';
  if (tx.tradeState === 'CLOSED') return '订单已关闭，请返回商户重新下单';
  if (isExpired(tx)) return '订单已过期，请返回商户重新下单';
  return null;
}

function cashier(tx: TransactionRecord, options: { merchantName: string; linkToken: string; returnUrl: string | null; openid: string | null }): string {
  const notice = statusNotice(tx);
  const data = JSON.stringify({ outTradeNo: tx.outTradeNo, returnUrl: options.returnUrl, openid: options.openid, token: options.linkToken }).replace(/</g, '\\u003c');
  const actions = notice
    ? `<div class="notice">${escapeHtml(notice)}</div>${options.returnUrl ? `<a class="link" href="${escapeHtml(options.returnUrl)}">返回商户</a>` : ''}`
    : `${tx.tradeState === 'PAYERROR' ? '<div class="notice warn">上次支付失败，可以重新支付</div>' : ''}
      <div id="message" class="notice" hidden></div>
      <button id="pay" class="pay">确认支付</button>
      <button id="fail" class="link">模拟支付失败</button>`;
  return page(
    '微信支付',
    `<div class="sheet">
      <div class="merchant">${escapeHtml(options.merchantName)}</div>
      <div class="amount"><span class="currency">¥</span>${yuan(tx.total)}</div>
      <dl class="rows">
        <div><dt>商品</dt><dd>${escapeHtml(tx.description)}</dd></div>
        <div><dt>商户订单号</dt><dd>${escapeHtml(tx.outTradeNo)}</dd></div>
        <div><dt>支付方式</dt><dd>零钱</dd></div>
      </dl>
      ${actions}
    </div>
    <p class="footnote">本地微信支付模拟器 · 不会产生真实扣款</p>
    ${notice ? '' : `<script>const cashier = ${data};\n${SCRIPT}</script>`}`,
  );
}

const SCRIPT = `
const message = document.getElementById('message');
const buttons = [document.getElementById('pay'), document.getElementById('fail')];
function show(text, kind) {
  message.hidden = false;
  message.className = 'notice ' + kind;
  message.textContent = text;
}
async function act(action) {
  buttons.forEach((b) => (b.disabled = true));
  try {
    const response = await fetch('/_emulator/transactions/' + encodeURIComponent(cashier.outTradeNo) + '/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Emulator-Token': cashier.token },
      body: JSON.stringify(action === 'pay' && cashier.openid ? { openid: cashier.openid } : {}),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message || '操作失败');
    if (action === 'pay') {
      buttons.forEach((b) => (b.hidden = true));
      show('支付成功', 'success');
      if (cashier.returnUrl) setTimeout(() => location.assign(cashier.returnUrl), 800);
    } else {
      show('支付失败，可以重新支付', 'warn');
      buttons.forEach((b) => (b.disabled = false));
    }
  } catch (error) {
    show(error.message, 'warn');
    buttons.forEach((b) => (b.disabled = false));
  }
}
buttons[0].addEventListener('click', () => act('pay'));
buttons[1].addEventListener('click', () => act('fail'));
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(title)}</title>
<style>
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  body { margin: 0; min-height: 100vh; background: #ededed; color: #191919;
    font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Helvetica Neue", "Microsoft YaHei", sans-serif; }
  header { padding: 14px 16px; text-align: center; font-size: 17px; font-weight: 500; background: #ededed; }
  .sheet { margin: 8px 12px; padding: 28px 20px 20px; background: #fff; border-radius: 12px; text-align: center; }
  .merchant { font-size: 16px; color: #191919; }
  .amount { margin: 12px 0 24px; font-size: 44px; font-weight: 600; letter-spacing: 1px; }
  .currency { font-size: 26px; margin-right: 4px; }
  .rows { margin: 0 0 28px; padding: 12px 0 0; border-top: 1px solid #f0f0f0; text-align: left; font-size: 14px; }
  .rows div { display: flex; justify-content: space-between; gap: 16px; padding: 8px 0; }
  .rows dt { color: #888; flex: none; }
  .rows dd { margin: 0; text-align: right; word-break: break-all; }
  .pay { display: block; width: 100%; padding: 13px; border: 0; border-radius: 8px; background: #07c160; color: #fff;
    font-size: 17px; font-weight: 500; cursor: pointer; }
  .pay:active { background: #06ad56; }
  .pay:disabled { opacity: .6; }
  .link { display: inline-block; margin-top: 16px; border: 0; background: none; color: #576b95; font-size: 14px; cursor: pointer; text-decoration: none; }
  .notice { margin: 0 0 16px; padding: 10px; border-radius: 8px; background: #f7f7f7; color: #555; font-size: 15px; }
  .notice.success { background: #e9f9f0; color: #07c160; font-size: 18px; font-weight: 500; }
  .notice.warn { background: #fff4e5; color: #c87d0a; }
  .footnote { text-align: center; color: #aaa; font-size: 12px; }
</style>
</head>
<body>
<header>微信支付</header>
${body}
</body>
</html>`;
}
