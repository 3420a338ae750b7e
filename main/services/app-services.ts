import fs from 'node:fs';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createChangeFeed, type ChangeFeed } from '../feed/change-feed';
import type { HostActions } from '../api/host-actions';
import { systemClock } from '../store/clock';
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

/** `host`: what only the host can do (windows, dialogs, printing); by default the page does what it can. */
export type AppServicesOptions = Partial<StoreSessionOptions> & { host?: Partial<HostActions> };

/**
 * Everything behind the API, opened on one data folder. Electron's shell and the browser host
 * both start here, so they run the very same handlers on the very same store. It never throws
 * for a bad database: the problem is reported through the recovery channels, so the app can
 * always show the user what happened instead of failing to start.
 */
export function openAppServices(dataDir: string, { host, ...options }: AppServicesOptions = {}): AppServices {
  fs.mkdirSync(dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const session = openStoreSession(dataDir, { ...options, clock });
  const run = createDispatch(createHandlers({ db: session.database, clock, recovery: session, host }), {
    onInternalError: (error, channel) => console.error(`[api] ${channel} failed:`, error),
  });
  const feed = createChangeFeed({
    database: () => {
      try {
        return session.database();
      } catch {
        return null;
      }
    },
    onError: (error) => console.error('[feed]', error),
  });
  const started = session.started.then(() => {
    feed.poll();
    return session.status();
  });
  const dispatch: Dispatch = async (channel, input) => {
    // Wait out a start or restore, including one requested while this call was waiting; the
    // last check and the call itself run in one step, so no restore can slip in between.
    for (let gate = session.settled(), next = gate; ; gate = next) {
      await gate;
      next = session.settled();
      if (next === gate) return run(channel, input);
    }
  };
  return {
    dispatch: async (channel, input) => {
      const result = await dispatch(channel, input);
      if (channel === 'backup.restore' && result.ok) feed.replaced();
      else feed.poll();
      return result;
    },
    feed,
    dataDir,
    started,
    close: async () => {
      feed.close();
      await session.close();
    },
  };
}

