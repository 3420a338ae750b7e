import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';

/**
 * Listens to the live feed while the page is visible. A browser keeps at most six connections to
 * one host, and each listening tab holds one open, so tabs in the background let go of theirs;
 * on coming back they listen again, and the `hello` that starts every subscription makes them
 * catch up on what they missed.
 */
export function followFeedWhileVisible(feed: FeedBridge, onEvent: (event: FeedEvent) => void): () => void {
  let unsubscribe: (() => void) | null = null;
  const update = () => {
    if (document.visibilityState === 'hidden') {
      unsubscribe?.();
      unsubscribe = null;
    } else {
      unsubscribe ??= feed.subscribe(onEvent);
    }
  };
  update();
  document.addEventListener('visibilitychange', update);
  return () => {
    document.removeEventListener('visibilitychange', update);
    unsubscribe?.();
  };
}
