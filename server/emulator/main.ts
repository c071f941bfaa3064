import { startWechatEmulator } from './emulator.js';

/**
 * Standalone emulator with the dev credentials: `npx tsx server/emulator/main.ts`.
 * WECHAT_EMULATOR_PORT (default 3100) and WECHAT_EMULATOR_DATA (an SQLite file to keep state
 * across restarts; default a temp file).
 */
const port = Number(process.env.WECHAT_EMULATOR_PORT ?? 3100);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WECHAT_EMULATOR_PORT must be a port number, got ${process.env.WECHAT_EMULATOR_PORT}`);

const emulator = await startWechatEmulator({ port, ...(process.env.WECHAT_EMULATOR_DATA ? { dataFile: process.env.WECHAT_EMULATOR_DATA } : {}) });
console.log(`WeChat emulator listening on ${emulator.url} (cashier: ${emulator.url}/cashier, control: ${emulator.url}/_emulator/prepays)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
