import { useEffect, useState } from 'react';

/** Milliseconds left until `deadline` (ISO), ticking every second; null without a deadline. */
export function useCountdown(deadline: string | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (!deadline) return null;
  return Math.max(0, Date.parse(deadline) - now);
}
