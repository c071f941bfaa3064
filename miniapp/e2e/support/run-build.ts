import { execFileSync } from 'node:child_process';

/**
 * Runs `taro build --type <type>` in the miniapp folder, quietly: Taro's progress bar would
 * flood the test output, so its output is shown only when the build fails.
 */
export function taroBuild(miniappDir: string, type: 'weapp' | 'h5'): void {
  try {
    execFileSync('npx', ['taro', 'build', '--type', type, '--no-check'], { cwd: miniappDir, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`taro build --type ${type} failed:\n${(failed.stderr ?? '').slice(-8000)}\n${(failed.stdout ?? '').slice(-4000)}`);
  }
}
