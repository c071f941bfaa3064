/** Asia/Shanghai is UTC+8 all year (no daylight saving time): shop days and months are China's. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The date (`YYYY-MM-DD`) it is in China at `instant`. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A China-time day as instants: [00:00 +08:00, the next day's 00:00 +08:00). */
export function chinaDayRange(date: string): { from: Date; to: Date } {
  const from = new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}
