import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { weakSecretReason } from './util/secret-strength.js';

/** The file, next to the SQLite database (server/data/ by default, git-ignored), that keeps the development AUTH_SECRET. */
export const DEV_AUTH_SECRET_FILE = 'dev-auth-secret';

export interface DevSecret {
  secret: string;
  file: string;
  /** True when this start wrote it: first start, or the file held no usable secret. */
  created: boolean;
}

/**
 * The development AUTH_SECRET kept in `file`: read when it holds a usable secret, else a fresh
 * one (32 random bytes, base64url) written there with mode 0600. So a restart keeps everybody
 * signed in; deleting the file signs everybody out.
 */
export function readOrCreateDevSecret(file: string): DevSecret {
  const existing = readSecret(file);
  if (existing) return { secret: existing, file, created: false };
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed over: a half-written file is never read, and a corrupt one is replaced whole.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${secret}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600); // the umask may have narrowed it, never widened; be exact
  renameSync(partial, file);
  return { secret, file, created: true };
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  return weakSecretReason(text) === null ? text : null;
}

/**
 * The environment to load the configuration from. In development (NODE_ENV unset or
 * `development`) without AUTH_SECRET, AUTH_SECRET comes from the file beside the SQLite database
 * (`SQLITE_PATH`, else `defaultSqlitePath`). Anything else (a configured secret, test, production)
 * is returned as it is, without touching the file system: production still has to set it.
 */
export function withDevAuthSecret(env: NodeJS.ProcessEnv, defaultSqlitePath: string): { env: NodeJS.ProcessEnv; devSecret: DevSecret | null } {
  if (env.AUTH_SECRET || (env.NODE_ENV ?? 'development') !== 'development') return { env, devSecret: null };
  const devSecret = readOrCreateDevSecret(join(dirname(env.SQLITE_PATH ?? defaultSqlitePath), DEV_AUTH_SECRET_FILE));
  return { env: { ...env, AUTH_SECRET: devSecret.secret }, devSecret };
}
