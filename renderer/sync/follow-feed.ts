import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';

/**
 * Listens to the live feed while the page is visible. A tab in the background does no work for
 * changes nobody sees, and lets the shared feed pass its connection to a visible tab; on coming
 * back it listens again and `onListening` has it catch up on what it missed (the browser host's
 * `hello` does too, but Electron's IPC has no greeting per window).
 */
export function followFeedWhileVisible(feed: FeedBridge, onEvent: (event: FeedEvent) => void, onListening: () => void): () => void {
  let unsubscribe: (() => void) | null = null;
  const update = () => {
    if (document.visibilityState === 'hidden') {
      unsubscribe?.();
      unsubscribe = null;
    } else if (!unsubscribe) {
      unsubscribe = feed.subscribe(onEvent);
      onListening();
    }
  };
  update();
  document.addEventListener('visibilitychange', update);
  return () => {
    document.removeEventListener('visibilitychange', update);
    unsubscribe?.();
  };
}
