import { CHINA_OFFSET_MS } from '../util/china-time.js';
import { randomInt } from 'node:crypto';


/**
 * Order numbers people read out on the phone: the China-local date (yyMMdd) and ten random
 * digits, e.g. 2611231234567890. Random rather than sequential so numbers reveal no sales
 * volume; uniqueness is enforced by the database and a collision is retried.
 */
export function newOrderNumber(now: Date, random: (max: number) => number = randomInt): string {
  const date = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(2, 10).replaceAll('-', '');
  const high = String(random(100_000)).padStart(5, '0');
  const low = String(random(100_000)).padStart(5, '0');
  return `${date}${high}${low}`;
}
