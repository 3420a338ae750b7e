import { useEffect, useState } from 'react';

/**
 * The wall clock, re-read several times a second while `active`. The timer's display is computed
 * from it, never counted down, so a busy or sleeping page shows the right time when it wakes.
 */
export function useNow(active: boolean, intervalMs = 200): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
