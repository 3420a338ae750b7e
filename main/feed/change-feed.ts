import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { MapChange } from '../../shared/editing/map-change';
import type { FeedEvent } from '../../shared/sync/map-feed';

export type FeedListener = (event: FeedEvent) => void;

export type ChangeFeed = {
  /** Starts sending a window every event from now on; it is greeted with a `hello` first. */
  subscribe: (listener: FeedListener) => () => void;
  /** Sends every change list committed since the last look, from this process or another one on the same file. */
  poll: () => void;
  /** Tells every window that the database was replaced (a restore), so they reload what they show. */
  replaced: () => void;
  /** Sends an event that is not in the map log (the room's), to every window at once. */
  announce: (event: FeedEvent) => void;
  close: () => void;
};

export type ChangeFeedOptions = {
  /** The open database, or null while none is (a restore under way, a file that could not be opened). */
  database: () => Database | null;
  /** How often the log is read for commits that did not come through this process's API. */
  intervalMs?: number;
  onError?: (error: unknown) => void;
};

type LogRow = { seq: number; map_id: string; revision: number; client_id: string | null; changes: string };

/**
 * The main-side live feed: it reads the map change log (written by every save, in the save's own
 * transaction) for rows it has not sent yet and sends them to every subscriber. It reads after
 * every API call, so a window's edit reaches the others at once, and on a timer, so commits made
 * by a second host on the same data folder reach them too. Plain Node, no Electron: the shell and
 * the browser host only forward what it sends.
 */
export function createChangeFeed({ database, intervalMs = 500, onError = () => undefined }: ChangeFeedOptions): ChangeFeed {
  const listeners = new Set<FeedListener>();
  let epoch = 'none';
  let lastSeq: number | null = null;
  let lastDb: Database | null = null;

  /** One window's failing listener (a closed connection, a destroyed window) never keeps the event from the others. */
  function sendTo(listener: FeedListener, event: FeedEvent) {
    try {
      listener(event);
    } catch (error) {
      onError(error);
    }
  }

  function send(event: FeedEvent) {
    for (const listener of [...listeners]) sendTo(listener, event);
  }

  function newestSeq(db: Database): number {
    return db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM map_changes').get()?.seq ?? 0;
  }

  function poll() {
    try {
      const db = database();
      if (!db || !db.open) return;
      if (db !== lastDb || lastSeq === null) {
        // A database opened since the last look (the start, or a restore) starts from its newest row.
        lastDb = db;
        lastSeq = newestSeq(db);
        epoch = epochOf(db);
        return;
      }
      if (listeners.size === 0) {
        lastSeq = newestSeq(db);
        return;
      }
      const rows = db
        .prepare<[number], LogRow>('SELECT seq, map_id, revision, client_id, changes FROM map_changes WHERE seq > ? ORDER BY seq')
        .all(lastSeq);
      for (const row of rows) {
        lastSeq = row.seq;
        send({
          type: 'committed',
          mapId: row.map_id,
          revision: row.revision,
          clientId: row.client_id,
          changes: JSON.parse(row.changes) as MapChange[],
        });
      }
    } catch (error) {
      onError(error);
    }
  }

  const timer = setInterval(poll, intervalMs);
  timer.unref();

  return {
    subscribe(listener) {
      poll();
      listeners.add(listener);
      sendTo(listener, { type: 'hello', epoch });
      return () => listeners.delete(listener);
    },
    poll,
    replaced() {
      lastSeq = null;
      poll();
      send({ type: 'replaced', epoch });
    },
    announce: send,
    close() {
      clearInterval(timer);
      listeners.clear();
    },
  };
}

/**
 * Names the database file itself, not this run: a restore puts a new file in place (a new inode),
 * while a host restarted on the same file keeps the name, so a window reconnecting after a restart
 * keeps its unsaved edits and one reconnecting after a restore reloads.
 */
function epochOf(db: Database): string {
  try {
    const stat = fs.statSync(db.name, { bigint: true });
    return crypto.createHash('sha256').update(`${stat.dev}:${stat.ino}:${stat.birthtimeNs}`).digest('base64url').slice(0, 16);
  } catch {
    return crypto.randomBytes(9).toString('base64url');
  }
}
