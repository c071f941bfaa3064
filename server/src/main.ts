import { DEFAULT_SQLITE_PATH, loadConfig } from './config.js';
import { withDevAuthSecret } from './dev-secret.js';
import { openDatabase } from './db/data-source.js';
import { createLogger } from './platform/logger.js';
import { createServices } from './services.js';
import { createApp } from './app.js';
import { seedDemoShop } from './db/seed/seed.js';
import { InventoryService } from './inventory/inventory.service.js';
import { demoShopWithCoupons } from './db/seed/demo-data.js';
import { startScheduler } from './jobs/scheduler.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWechatEmulator } from '../emulator/emulator.js';
import { productionWarnings } from './production-guard.js';

const emulatorDataFile = fileURLToPath(new URL('../data/wechat-emulator.sqlite', import.meta.url));

async function main(): Promise<void> {
  // Development keeps its AUTH_SECRET in a file beside the database, so a restart signs nobody out.
  const { env, devSecret } = withDevAuthSecret(process.env, DEFAULT_SQLITE_PATH);
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  if (devSecret?.created) logger.info({ file: devSecret.file }, `generated a development AUTH_SECRET in ${devSecret.file}; delete the file to sign everybody out`);
  // Loud on purpose: both the JSON log and the terminal of whoever started it.
  for (const warning of productionWarnings(config)) {
    logger.warn(warning);
    console.error(`WARNING: ${warning}`);
  }
  // Development default: WeChat Pay is the local emulator, started here on its own port.
  mkdirSync(dirname(emulatorDataFile), { recursive: true });
  const emulator = config.wechatPay.mode === 'emulator' && !process.env.WECHATPAY_BASE_URL
    ? await startWechatEmulator({
        port: config.wechatPay.emulatorPort,
        host: config.wechatPay.emulatorHost,
        dataFile: emulatorDataFile,
        controlToken: config.wechatPay.emulatorToken ?? undefined,
      })
    : null;
  if (emulator) {
    logger.info(
      { url: emulator.url, controlToken: emulator.controlToken },
      `WeChat Pay emulator listening on ${emulator.url}; its control API and cashier need the token ${emulator.controlToken} (X-Emulator-Token header or ?token=); the shop's cashier links carry a token derived from it that opens and pays only their own transaction`,
    );
  } else if (config.wechatPay.mode === 'emulator' && !process.env.WECHAT_EMULATOR_TOKEN) {
    logger.warn('WECHATPAY_BASE_URL points at an emulator started elsewhere but WECHAT_EMULATOR_TOKEN is not set: cashier links will carry a token that emulator refuses');
  }
  const dataSource = await openDatabase(config.database, async (db) => {
    if (config.seedDemoData && (await seedDemoShop(db, new InventoryService(db), demoShopWithCoupons))) logger.info('seeded the demo shop into an empty database');
  });
  const services = createServices(config, dataSource, logger);
  const scheduler = config.jobs.enabled ? startScheduler(services) : null;
  const server = createApp(services).listen(config.port, () => {
    logger.info({ port: config.port, database: config.database.kind }, `shop server listening on http://localhost:${config.port}`);
  });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    scheduler?.stop();
    server.close();
    await emulator?.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
