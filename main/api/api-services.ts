import type { Database } from 'better-sqlite3';
import type { BackupInfo } from '../../shared/model/backup';
import type { FeedEvent } from '../../shared/sync/map-feed';
import type { RestoreOutcome } from '../../shared/api/backup-contract';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import type { Importer } from '../export/import-text';
import type { Clock } from '../store/clock';
import type { RoomService } from '../room/room-service';
import type { HostActions } from './host-actions';

/** What the recovery and backup channels need from whoever owns the database (the store session). */
export type RecoveryService = {
  status: () => RecoveryStatus;
  dismissProblem: () => Promise<RecoveryStatus>;
  /** Opens the database again after a problem another program or the machine caused (a lock, say). */
  retry: () => Promise<RecoveryStatus>;
  listBackups: () => BackupInfo[];
  backUp: (kind: 'manual') => Promise<BackupInfo>;
  restore: (name: string) => Promise<RestoreOutcome>;
};

/**
 * What every domain's handlers are made from. `db` is asked for on every call because the
 * database can be closed and reopened while the app runs (a backup is restored); it throws when
 * no database is open, which the caller reports.
 */
export type ApiServices = {
  db: () => Database;
  clock: Clock;
  recovery: RecoveryService;
  host: HostActions;
  /** The room server for phones (see ../room). */
  room: RoomService;
  /** Where workshop files are imported; by default in this thread, on `db`. */
  importer?: Importer;
  /** Sends an event that is not a map change (the settings changed) to every open window. */
  announce: (event: FeedEvent) => void;
  /** The data folder the database lives in. */
  dataDir: string;
};
