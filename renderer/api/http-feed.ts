import { FeedEventSchema, type FeedBridge, type FeedEvent } from '../../shared/sync/map-feed';
import { authorizedFetch } from './http-api';

/** The host sends a blank line every 10 s; this long without a byte, the connection is taken for dead. */
const SILENCE_MS = 25_000;
const RECONNECT_MS = 1_000;

/**
 * The browser host's live feed: one streamed GET, read line by line, with the same token as every
 * other call. It reconnects after a dropped connection, a dead host or a sleeping laptop; every
 * connection starts with a `hello`, after which the window catches up on what it missed.
 */
export function createHttpFeed(token: string): FeedBridge {
  return {
    subscribe(listener) {
      let stopped = false;
      let controller: AbortController | null = null;
      let wake: (() => void) | null = null;

      async function readOnce(): Promise<void> {
        controller = new AbortController();
        const current = controller;
        let silence = setTimeout(() => current.abort(), SILENCE_MS);
        try {
          const response = await authorizedFetch(token, './api/feed', { signal: current.signal });
          if (!response.ok || !response.body) return;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            clearTimeout(silence);
            silence = setTimeout(() => current.abort(), SILENCE_MS);
            buffer += value;
            const lines = buffer.split('\n');
            buffer = lines.pop() ?? '';
            for (const line of lines) deliver(line);
          }
        } catch {
          // A dropped connection is expected (host restarted, laptop slept): reconnect below.
        } finally {
          clearTimeout(silence);
        }
      }

      function deliver(line: string) {
        if (line.trim() === '') return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          return;
        }
        const event = FeedEventSchema.safeParse(parsed);
        if (event.success) listener(event.data satisfies FeedEvent);
      }

      async function run() {
        while (!stopped) {
          await readOnce();
          if (stopped) return;
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, RECONNECT_MS);
          });
        }
      }

      void run();
      return () => {
        stopped = true;
        controller?.abort();
        wake?.();
      };
    },
  };
}
