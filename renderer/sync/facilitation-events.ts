import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { FacilitationTopic, FeedEvent } from '../../shared/sync/map-feed';

/**
 * Whether a window's panel on this workshop reloads this part for this feed event: another
 * window changed it, or the feed greets again after a gap (the host restarted, the laptop slept)
 * or the database was restored, so what was said meanwhile was not heard. Other workshops'
 * changes pass by: a timer ticking in one workshop costs windows on another nothing.
 */
export function reloadsFacilitation(event: FeedEvent, workshopId: string, topic: FacilitationTopic): boolean {
  switch (event.type) {
    case 'facilitation':
      return event.workshopId === workshopId && event.topic === topic;
    case 'hello':
    case 'replaced':
      return true;
    case 'committed':
    case 'room':
    case 'settings':
    case 'workshops':
      return false;
    default:
      return exhaustiveSwitchError(event, 'feed event');
  }
}
