export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  /** Stops early (page left); checked before every attempt. */
  cancelled?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `load` until `done(value)` holds, the time is up or the caller cancels; answers the
 * last value seen (null if none loaded). Failed loads are retried: a poll rides out a blip.
 */
export async function pollUntil<T>(load: () => Promise<T>, done: (value: T) => boolean, options: PollOptions): Promise<{ value: T | null; done: boolean }> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  let last: T | null = null;
  for (;;) {
    if (options.cancelled?.()) return { value: last, done: false };
    try {
      last = await load();
      if (done(last)) return { value: last, done: true };
    } catch {
      // keep polling: the answer that matters is the next one
    }
    if (now() + options.intervalMs > deadline) return { value: last, done: false };
    await sleep(options.intervalMs);
  }
}
