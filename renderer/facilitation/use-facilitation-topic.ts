import { useEffect, useRef } from 'react';
import type { FacilitationTopic } from '../../shared/sync/map-feed';
import { getFeed } from '../api/client';

/**
 * Calls `reload` whenever the live feed says a window changed this part of a workshop (the people
 * and votes, the agenda and timer, the parking lot), so a second window or screen never shows, or
 * acts on, what was true before. This window's own changes come back too; reloading them is harmless.
 */
export function useFacilitationTopic(topic: FacilitationTopic, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(
    () =>
      getFeed()?.subscribe((event) => {
        if (event.type === 'facilitation' && event.topic === topic) latest.current();
      }),
    [topic],
  );
}
