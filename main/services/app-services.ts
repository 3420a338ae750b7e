import fs from 'node:fs';
import path from 'node:path';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers, type HostActions } from '../api/handlers';
import { systemClock, type Clock } from '../store/clock';
import { DATABASE_FILE_NAME, openDatabase } from '../store/open-database';

export type AppServices = { dispatch: Dispatch; dataDir: string; close: () => void };

/** `host`: what only the host can do (open windows); by default the page does it. */
export type AppServicesOptions = { clock?: Clock; host?: HostActions };

/**
 * Everything behind the API, opened on one data folder. Electron's shell and the browser host
 * both start here, so they run the very same handlers on the very same store.
 */
export function openAppServices(dataDir: string, { clock = systemClock, host }: AppServicesOptions = {}): AppServices {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
  const dispatch = createDispatch(createHandlers({ db, clock, host }), {
    onInternalError: (error, channel) => console.error(`[api] ${channel} failed:`, error),
  });
  return {
    dispatch,
    dataDir,
    close: () => {
      if (db.open) db.close();
    },
  };
}
