import { execFileSync, spawn } from 'node:child_process';

const ARGS = (type: 'weapp' | 'h5') => ['taro', 'build', '--type', type, '--no-check'];
const ENV = () => ({ ...process.env, NODE_ENV: 'production' });
const failure = (type: string, output: string) => new Error(`taro build --type ${type} failed:\n${output.slice(-12_000)}`);

/**
 * Runs `taro build --type <type>` in the miniapp folder, quietly: Taro's progress bar would
 * flood the test output, so its output is shown only when the build fails.
 */
export function taroBuild(miniappDir: string, type: 'weapp' | 'h5'): void {
  try {
    execFileSync('npx', ARGS(type), { cwd: miniappDir, stdio: 'pipe', encoding: 'utf8', env: ENV(), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw failure(type, `${failed.stderr ?? ''}\n${failed.stdout ?? ''}`);
  }
}

export interface BackgroundBuild {
  done: Promise<void>;
  /** Ends the build early (the run is over). */
  stop(): void;
}

/** `taroBuild` without waiting for it: the other test projects run meanwhile. */
export function taroBuildInBackground(miniappDir: string, type: 'weapp' | 'h5'): BackgroundBuild {
  const child = spawn('npx', ARGS(type), { cwd: miniappDir, env: ENV(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(failure(type, `${output}\n${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(failure(type, output))));
  });
  return {
    done,
    stop() {
      // npx starts taro in its own process group: end the whole group.
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}
