import { useEffect, useRef } from 'react';
import type { RoomTopic } from '../../../shared/sync/map-feed';
import { getFeed } from '../../api/client';

/** A slow poll besides the live feed, for a host without one and for a feed that dropped a message. */
const FALLBACK_POLL_MS = 5000;

/**
 * Calls `reload` now, whenever the live feed says this part of the room changed (a phone joined,
 * an idea arrived, someone voted), and every few seconds in case a word of the feed was missed.
 */
export function useRoomTopic(workshopId: string, topic: RoomTopic, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(() => {
    latest.current();
    const unsubscribe = getFeed()?.subscribe((event) => {
      if (event.type === 'room' && event.workshopId === workshopId && event.topic === topic) latest.current();
    });
    const timer = setInterval(() => latest.current(), FALLBACK_POLL_MS);
    return () => {
      unsubscribe?.();
      clearInterval(timer);
    };
  }, [workshopId, topic]);
}
