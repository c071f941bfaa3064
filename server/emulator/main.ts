import { startWechatEmulator } from './emulator.js';

/**
 * Standalone emulator with the dev credentials: `npx tsx server/emulator/main.ts`.
 * WECHAT_EMULATOR_PORT (default 3100), WECHAT_EMULATOR_DATA (an SQLite file to keep state
 * across restarts; default a temp file) and WECHAT_EMULATOR_TOKEN (the control token; default
 * random per start: give the shop server the same one so its cashier links work).
 */
const port = Number(process.env.WECHAT_EMULATOR_PORT ?? 3100);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WECHAT_EMULATOR_PORT must be a port number, got ${process.env.WECHAT_EMULATOR_PORT}`);

const emulator = await startWechatEmulator({
  port,
  ...(process.env.WECHAT_EMULATOR_DATA ? { dataFile: process.env.WECHAT_EMULATOR_DATA } : {}),
  ...(process.env.WECHAT_EMULATOR_TOKEN ? { controlToken: process.env.WECHAT_EMULATOR_TOKEN } : {}),
});
console.log(`WeChat emulator listening on ${emulator.url}
  control token: ${emulator.controlToken}  (X-Emulator-Token header, or ?token= in a link)
  control API:   curl -H 'X-Emulator-Token: ${emulator.controlToken}' ${emulator.url}/_emulator/prepays
  cashier:       ${emulator.url}/cashier?code_url=<code_url>&token=${emulator.controlToken}
  shop server:   WECHATPAY_BASE_URL=${emulator.url} WECHAT_EMULATOR_TOKEN=${emulator.controlToken} npm start`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
