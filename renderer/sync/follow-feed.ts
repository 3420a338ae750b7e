import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';

/**
 * Listens to the live feed while the page is visible. A browser keeps at most six connections to
 * one host, and each listening tab holds one open, so tabs in the background let go of theirs;
 * on coming back they listen again and `onListening` has them catch up on what they missed (the
 * browser host's `hello` does too, but Electron's IPC has no greeting per window).
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
