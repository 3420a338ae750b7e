import { useCallback, useRef } from 'react';

/**
 * Applies the answers of overlapping API calls in the order they were made: an answer that
 * arrives after a newer call's answer is dropped, so a fast double press never shows stale state.
 */
export function useLatestCall(): <T>(request: Promise<T>, apply: (value: T) => void, report: (error: unknown) => void) => void {
  const latest = useRef(0);
  const applied = useRef(0);
  return useCallback((request, apply, report) => {
    const ticket = ++latest.current;
    request.then((value) => {
      if (ticket < applied.current) return;
      applied.current = ticket;
      apply(value);
    }, report);
  }, []);
}
