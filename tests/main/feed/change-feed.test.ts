import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createChangeFeed, type ChangeFeed } from '../../../main/feed/change-feed';
import { applyMapChanges } from '../../../main/store/map-repository';
import { openDatabase } from '../../../main/store/open-database';
import { createWorkshop } from '../../../main/store/workshop-repository';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { useTempDir } from '../../support/temp-dir';

const clock = () => new Date('2026-11-25T09:00:00.000Z');

describe('the main-side change feed', () => {
  const tempDir = useTempDir();
  const feeds: ChangeFeed[] = [];
  afterEach(() => feeds.splice(0).forEach((feed) => feed.close()));

  function setUp(onError?: (error: unknown) => void) {
    let db: Database | null = openDatabase(path.join(tempDir(), 'feed.sqlite'));
    const { maps } = createWorkshop(db, { title: 'Feed', date: '2026-11-25', facilitator: 'Dana' }, clock);
    const mapId = maps[0]!.id;
    const feed = createChangeFeed({ database: () => db, intervalMs: 60_000, ...(onError ? { onError } : {}) });
    feeds.push(feed);
    const save = (text: string) =>
      applyMapChanges(
        db!,
        mapId,
        [{ op: 'putNode', node: { id: 'n', kind: 'sticky-note', x: 0, y: 0, width: 160, height: 120, z: 1, text, color: 'yellow', originId: null } }],
        clock,
        { clientId: 'window-one-1' },
      );
    return { feed, mapId, save, closeDatabase: () => (db = null) };
  }

  it('greets each subscriber, then sends only what was committed after, in order, to every subscriber', () => {
    const { feed, mapId, save } = setUp();
    save('before anyone listened');
    const first: FeedEvent[] = [];
    const second: FeedEvent[] = [];
    feed.subscribe((event) => first.push(event));
    feed.subscribe((event) => second.push(event));
    save('one');
    save('two');
    feed.poll();
    feed.poll();
    expect(first[0]).toMatchObject({ type: 'hello' });
    expect(first.slice(1).map((event) => event.type === 'committed' && [event.mapId, event.revision, event.clientId])).toEqual([
      [mapId, 2, 'window-one-1'],
      [mapId, 3, 'window-one-1'],
    ]);
    expect(second).toEqual(first);
  });

  it('keeps sending to the others when one subscriber throws, and stops sending to one that left', () => {
    const errors: unknown[] = [];
    const { feed, save } = setUp((error) => errors.push(error));
    const heard: number[] = [];
    feed.subscribe(() => {
      throw new Error('a window that went away badly');
    });
    const leave = feed.subscribe((event) => event.type === 'committed' && heard.push(event.revision));
    save('one');
    feed.poll();
    leave();
    save('two');
    feed.poll();
    expect(heard).toEqual([1]);
    // Its hello and both commits failed for it alone.
    expect(errors.map(String)).toEqual(Array(3).fill('Error: a window that went away badly'));
  });

  it('says nothing while no database is open, and a replaced database is announced once', () => {
    const { feed, closeDatabase } = setUp();
    const events: FeedEvent[] = [];
    feed.subscribe((event) => events.push(event));
    closeDatabase();
    feed.poll();
    feed.replaced();
    expect(events.map((event) => event.type)).toEqual(['hello', 'replaced']);
  });
});
