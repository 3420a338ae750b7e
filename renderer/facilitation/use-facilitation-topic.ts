import { useEffect, useRef } from 'react';
import type { FacilitationTopic } from '../../shared/sync/map-feed';
import { getFeed } from '../api/client';
import { reloadsFacilitation } from '../sync/facilitation-events';

/**
 * Calls `reload` whenever the live feed says a window changed this part of this workshop (the
 * people and votes, the agenda and timer, the parking lot, its maps), so a second window or screen
 * never shows, or acts on, what was true before; when it reloads and when not: `reloadsFacilitation`.
 * This window's own changes come back too; reloading them is harmless.
 */
export function useFacilitationTopic(workshopId: string, topic: FacilitationTopic, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(
    () =>
      getFeed()?.subscribe((event) => {
        if (reloadsFacilitation(event, workshopId, topic)) latest.current();
      }),
    [workshopId, topic],
  );
}
