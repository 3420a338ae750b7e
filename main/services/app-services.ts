import type { Database } from 'better-sqlite3';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import type { ApiResult } from '../../shared/api/result';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createChangeFeed, type ChangeFeed } from '../feed/change-feed';
import { facilitationChangeOf, type FacilitationChange } from '../feed/facilitation-topics';
import { changesWorkshopList } from '../feed/workshop-list-writes';
import { PAGE_HOST, type HostActions } from '../api/host-actions';
import { appLanguage } from '../api/workshop-language';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { createWorkerImporter } from '../export/import-in-worker';
import { systemClock } from '../store/clock';
import { systemInterfaces, type InterfaceSource } from '../room/network-interfaces';
import { createRoomService } from '../room/room-service';
import { makePrivateFolder } from './data-folder';
import { openStoreSession, type StoreSessionOptions } from './store-session';

export type AppServices = {
  dispatch: Dispatch;
  /** Every committed map change and every restore, for the open windows (see ../feed). */
  feed: ChangeFeed;
  dataDir: string;
  /** What the start-up check found, once the database is open or the problem is known. */
  started: Promise<RecoveryStatus>;
  /** Takes a last backup if anything changed, then closes the database. */
  close: () => Promise<void>;
};

/**
 * `host`: what only the host can do (windows, dialogs, printing); by default the page does what it can.
 * `importWorker`: the built `import-worker.js`, to import workshop files off the main thread.
 */
export type AppServicesOptions = Partial<StoreSessionOptions> & {
  host?: Partial<HostActions>;
  importWorker?: string;
  /** The participant page's built files, which the room server serves to phones. */
  participantPageDir?: string;
  /** The network interfaces the room may open on; the system's by default. */
  networkInterfaces?: InterfaceSource;
};

/**
 * Everything behind the API, opened on one data folder. Electron's shell and the browser host
 * both start here, so they run the very same handlers on the very same store. It never throws
 * for a bad database: the problem is reported through the recovery channels, so the app can
 * always show the user what happened instead of failing to start.
 */
export function openAppServices(
  dataDir: string,
  { host, importWorker, participantPageDir = '', networkInterfaces = systemInterfaces, ...options }: AppServicesOptions = {},
): AppServices {
  makePrivateFolder(dataDir);
  const clock = options.clock ?? systemClock;
  const session = openStoreSession(dataDir, { ...options, clock });
  const importer = importWorker ? createWorkerImporter(importWorker, () => writableFile(session.database())) : undefined;
  const openDatabase = () => {
    try {
      return session.database();
    } catch {
      return null;
    }
  };
  const feed = createChangeFeed({
    database: openDatabase,
    onError: (error) => console.error('[feed]', error),
  });
  const room = createRoomService({
    db: session.database,
    clock,
    announce: feed.announce,
    interfaces: networkInterfaces,
    pageDir: participantPageDir,
    onError: (error) => console.error('[room]', error),
  });
  const run = createDispatch(
    createHandlers({ db: session.database, clock, recovery: session, host, importer, room, announce: feed.announce, dataDir }),
    {
      onInternalError: (error, channel) => console.error(`[api] ${channel} failed:`, error),
      appLanguage: () => {
        try {
          return appLanguage({ db: session.database, host: { ...PAGE_HOST, ...host } });
        } catch {
          return DEFAULT_LANGUAGE;
        }
      },
    },
  );
  const started = session.started.then(async () => {
    feed.poll();
    await room.resume();
    return session.status();
  });
  const dispatch = async (channel: unknown, input: unknown, language?: Language): Promise<[ApiResult<unknown>, FacilitationChange | null]> => {
    // Wait out a start or restore, including one requested while this call was waiting; the
    // last check and the call itself run in one step, so no restore can slip in between.
    for (let gate = session.settled(), next = gate; ; gate = next) {
      await gate;
      next = session.settled();
      if (next === gate) {
        // Read before the call: a delete removes the row that names its workshop.
        const change = facilitationChangeOf(channel, input, openDatabase());
        return [await run(channel, input, language), change];
      }
    }
  };
  return {
    dispatch: async (channel, input, language) => {
      const [result, change] = await dispatch(channel, input, language);
      if (channel === 'backup.restore' && result.ok) {
        // The phones' devices were in the replaced database: they join the reopened room afresh.
        await room.close().catch((error: unknown) => console.error('[room]', error));
        feed.replaced();
      } else feed.poll();
      if (result.ok) {
        if (change) feed.announce({ type: 'facilitation', ...change });
        if (changesWorkshopList(channel, result.value)) feed.announce({ type: 'workshops' });
        room.changed();
      }
      return result;
    },
    feed,
    dataDir,
    started,
    close: async () => {
      await room.close().catch((error: unknown) => console.error('[room]', error));
      feed.close();
      await session.close();
    },
  };
}

/** The worker writes through its own connection, so it is given the file only when this one may write it. */
function writableFile(db: Database): string {
  if (db.readonly) throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
  return db.name;
}
