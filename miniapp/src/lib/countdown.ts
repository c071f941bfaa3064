const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Time a group has left, as WeChat group-buys show it: "05:09:08", and "2天 03:04:05" from a
 * day on (groups may run up to a week). Never negative.
 */
export function groupCountdownText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days > 0 ? `${days}天 ${clock}` : clock;
}

/** The countdown line under a group: "剩余 05:09:08" (or "支付剩余 …"); at zero the server is about to decide. */
export function countdownLine(ms: number, prefix = '剩余'): string {
  return ms > 0 ? `${prefix} ${groupCountdownText(ms)}` : '已到时间，正在结算…';
}

/** A campaign's time to form a group: "30分钟", "24小时", "1小时30分钟". */
export function formTimeText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}分钟`;
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`;
}
