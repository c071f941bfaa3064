import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';
import { E2E_EMULATOR_TOKEN } from './shop-api';

export interface ShopServer {
  baseUrl: string;
  emulatorUrl: string;
  stop: () => Promise<void>;
}

async function waitForReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the shop server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the shop server did not get ready at ${url}:\n${output()}`);
}

/**
 * Starts the real server the way `npm start -w server` does (tsx src/main.ts) on free ports,
 * with a fresh SQLite database seeded with the demo shop, the WeChat Pay emulator and the H5 build.
 */
export async function startShopServer(repoRoot: string, h5Dir: string): Promise<ShopServer> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'shop-e2e-'));
  let log = '';
  const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      WECHAT_EMULATOR_PORT: String(emulatorPort),
      // The control API needs the emulator's token; payInEmulator (shop-api.ts) sends this one.
      WECHAT_EMULATOR_TOKEN: E2E_EMULATOR_TOKEN,
      SQLITE_PATH: join(dataDir, 'shop.sqlite'),
      H5_DIR: h5Dir,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
  };
  // Always the embedded database, whatever the developer's shell points at.
  delete env.DATABASE_URL;
  delete env.WECHATPAY_BASE_URL;
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
    cwd: join(repoRoot, 'server'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(`${baseUrl}/readyz`, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
