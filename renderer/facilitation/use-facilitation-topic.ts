import { useEffect, useRef } from 'react';
import type { FacilitationTopic } from '../../shared/sync/map-feed';
import { getFeed } from '../api/client';

/**
 * Calls `reload` whenever the live feed says a window changed this part of a workshop (the people
 * and votes, the agenda and timer, the parking lot), so a second window or screen never shows, or
 * acts on, what was true before; and when the feed greets again after a gap (the host restarted,
 * the laptop slept) or the database was restored, since what was said meanwhile was not heard.
 * This window's own changes come back too; reloading them is harmless.
 */
export function useFacilitationTopic(topic: FacilitationTopic, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(
    () =>
      getFeed()?.subscribe((event) => {
        if ((event.type === 'facilitation' && event.topic === topic) || event.type === 'hello' || event.type === 'replaced') latest.current();
      }),
    [topic],
  );
}
