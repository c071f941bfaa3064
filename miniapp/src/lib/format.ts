import { formatFen, type Fen } from '@shop/shared';

/** ¥12.30 from 1230 fen: display only goes through the shared money helper. */
export function price(fen: Fen): string {
  return formatFen(fen);
}

/** 850 -> "850m", 1234 -> "1.2km", 25_000 -> "25km". */
export function formatDistance(meters: number): string {
  if (meters < 1000) return `${Math.round(meters)}m`;
  const km = meters / 1000;
  return km < 10 ? `${km.toFixed(1)}km` : `${Math.round(km)}km`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-23 14:05" in the device's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Remaining time as "29:59", or "1:02:03" from an hour on; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** "黑色 / L" from {颜色: 黑色, 尺码: L} in the product's spec order. */
export function specText(specValues: Record<string, string>, specOrder: readonly string[] = Object.keys(specValues)): string {
  return specOrder
    .map((name) => specValues[name])
    .filter((value): value is string => Boolean(value))
    .join(' / ');
}

export { maskPhone } from '@shop/shared';
