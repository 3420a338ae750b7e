import { useEffect, useRef } from 'react';
import { crossedZero, readTimer, type TimerReading, type TimerState } from '../../../shared/facilitation/timer';
import { useNow } from './use-now';

/**
 * The timer as it reads now, re-read while it runs. With `onZero`, calls it once when the timebox
 * runs out while this page watches (not when a page opens on a timer already in overtime).
 */
export function useTimerReading(timer: TimerState, onZero?: () => void): TimerReading {
  const now = useNow(timer.status === 'running');
  const reading = readTimer(timer, now);
  const previous = useRef<TimerReading | null>(null);
  useEffect(() => {
    if (previous.current && crossedZero(previous.current, reading)) onZero?.();
    previous.current = reading;
  });
  return reading;
}
