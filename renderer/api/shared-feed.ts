import { FeedEventSchema, type FeedBridge, type FeedEvent } from '../../shared/sync/map-feed';

/** A tab that starts listening asks the tab holding the connection to say `hello` again, so it catches up. */
type HelloRequest = { type: 'hello-please' };

function isHelloRequest(data: unknown): data is HelloRequest {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === 'hello-please';
}

/**
 * One live feed connection for all of this browser's tabs on the host. A browser opens at most six
 * connections to one host, and a feed holds one open for as long as its tab listens: six tabs
 * would leave none for a seventh to load, or for any tab to save. The tab holding a Web Lock
 * connects and passes every event to the others over a BroadcastChannel (both are per origin,
 * which is per host); when it closes or stops listening, the lock passes to another tab, whose
 * `hello` makes every tab catch up on what it missed in between.
 */
export function shareFeedAcrossTabs(connect: FeedBridge, name: string): FeedBridge {
  return {
    subscribe(listener) {
      const channel = new BroadcastChannel(name);
      const stop = new AbortController();
      let leading = false;
      let epoch: string | null = null;

      channel.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (isHelloRequest(data)) {
          if (leading && epoch !== null) channel.postMessage({ type: 'hello', epoch } satisfies FeedEvent);
          return;
        }
        if (leading) return;
        const event = FeedEventSchema.safeParse(data);
        if (event.success) listener(event.data);
      };

      function lead(): Promise<void> {
        if (stop.signal.aborted) return Promise.resolve();
        leading = true;
        const unsubscribe = connect.subscribe((event) => {
          if (event.type === 'hello' || event.type === 'replaced') epoch = event.epoch;
          channel.postMessage(event);
          listener(event);
        });
        return new Promise((release) =>
          stop.signal.addEventListener('abort', () => {
            unsubscribe();
            release();
          }),
        );
      }

      // Rejected with an AbortError when the tab stops listening before its turn to lead.
      navigator.locks.request(name, { signal: stop.signal }, lead).catch(() => undefined);
      channel.postMessage({ type: 'hello-please' } satisfies HelloRequest);
      return () => {
        stop.abort();
        channel.close();
      };
    },
  };
}
