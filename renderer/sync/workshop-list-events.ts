import type { FeedEvent } from '../../shared/sync/map-feed';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';

/**
 * When the workshop list reads itself again for a feed event: `now` when what it shows changed
 * (a workshop added, removed, retitled or redated, a map added or removed) or when the feed greets
 * again after a gap or a restore; `soon` when only a workshop's "edited" time moved (a map edit,
 * a side panel's write, the room's ideas and dots), so a window typing on a map elsewhere costs
 * the list one read now and then, not one per keystroke; `never` for what the list does not show.
 */
export type ListReload = 'now' | 'soon' | 'never';

export function workshopListReload(event: FeedEvent): ListReload {
  switch (event.type) {
    case 'workshops':
    case 'hello':
    case 'replaced':
      return 'now';
    case 'committed':
    case 'facilitation':
      return 'soon';
    case 'room':
      return event.topic === 'status' ? 'never' : 'soon';
    case 'settings':
      return 'never';
    default:
      return exhaustiveSwitchError(event, 'feed event');
  }
}
