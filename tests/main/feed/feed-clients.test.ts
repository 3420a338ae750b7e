import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import type { ChangeFeed } from '../../../main/feed/change-feed';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { ApiOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { MapNode } from '../../../shared/model/map-node';
import { useTempDir } from '../../support/temp-dir';

function note(id: string, text: string): MapNode {
  return { id, kind: 'sticky-note', x: 0, y: 0, width: 160, height: 120, z: 1, text, color: 'yellow', originId: null };
}

/** The host's feed, counting the windows it is sending to. */
function countingFeed(feed: ChangeFeed): { feed: ChangeFeed; listening: () => number } {
  let listening = 0;
  return {
    listening: () => listening,
    feed: {
      ...feed,
      subscribe(listener) {
        listening += 1;
        const stop = feed.subscribe(listener);
        let stopped = false;
        return () => {
          if (!stopped) listening -= 1;
          stopped = true;
          stop();
        };
      },
    },
  };
}

/** A feed request on a bare socket that reads nothing once it is sent. */
function openFeedThatNeverReads(host: BrowserHost): Promise<net.Socket> {
  return new Promise((resolve) => {
    const socket = net.connect(host.port, '127.0.0.1', () => {
      socket.write(`GET /api/feed HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\n\r\n`);
      socket.pause();
      resolve(socket);
    });
  });
}

describe('the browser host’s live feed and the clients it serves', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;
  let host: BrowserHost | null = null;
  const sockets: net.Socket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await host?.close();
    host = null;
    await services?.close();
    services = null;
  });

  async function start() {
    const opened = openAppServices(tempDir(), { scheduler: () => () => undefined });
    services = opened;
    await opened.started;
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>VSW</title>');
    const counting = countingFeed(opened.feed);
    host = await startBrowserHost({ dispatch: opened.dispatch, feed: counting.feed, staticDir });
    const created = (await opened.dispatch('workshop.create', { title: 'Feed clients', date: '2026-11-25', facilitator: 'Dana' })) as ApiResult<
      ApiOutput<'workshop.create'>
    >;
    if (!created.ok) throw new Error(created.error.message);
    return { host, dispatch: opened.dispatch, mapId: created.value.maps[0]!.id, listening: counting.listening };
  }

  it('lets go of a feed client that never reads, instead of keeping everything it was sent in memory', async () => {
    const { host: started, dispatch, mapId, listening } = await start();
    sockets.push(await openFeedThatNeverReads(started));
    await expect.poll(listening).toBe(1);
    // 40 saves of 500 notes with long text: about 40 MB of feed, far more than the socket buffers hold.
    const text = 'x'.repeat(2000);
    for (let save = 0; save < 40 && listening() > 0; save += 1) {
      const changes = Array.from({ length: 500 }, (_, index) => ({ op: 'putNode' as const, node: note(`n${save}-${index}`, text) }));
      const saved = await dispatch('map.applyChanges', { mapId, changes });
      expect(saved.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await expect.poll(listening, { timeout: 5000 }).toBe(0);
  });

  it('serves 500 feed clients at once and lets go of each one that leaves', async () => {
    const { host: started, dispatch, mapId, listening } = await start();
    const controllers = Array.from({ length: 500 }, () => new AbortController());
    const responses = await Promise.all(
      controllers.map((controller) =>
        fetch(`${started.origin}/api/feed`, { headers: { Authorization: `Bearer ${started.token}` }, signal: controller.signal }),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    await expect.poll(listening).toBe(500);
    expect((await dispatch('map.applyChanges', { mapId, changes: [{ op: 'putNode', node: note('a', 'Assembly') }] })).ok).toBe(true);
    for (const controller of controllers) controller.abort();
    await expect.poll(listening, { timeout: 5000 }).toBe(0);
  });
});
