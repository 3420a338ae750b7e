import { uiText } from '../ui-text/ui-text';
import type { MapChange } from '../../shared/editing/map-change';
import type { MapDocument } from '../../shared/model/vsm-map';
import { changesNotShown } from '../../shared/sync/external-apply';
import type { ChangesSince, FeedEvent } from '../../shared/sync/map-feed';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { createRevisionTracker } from './revision-tracker';

/** What the sync needs of the open map's editor. */
export type SyncedEditor = {
  getDoc: () => MapDocument;
  /** Shows changes another window committed: outside undo, never saved again. */
  applyExternal: (changes: MapChange[]) => void;
  /** Shows the map as loaded from disk, with a fresh undo history. */
  replaceDocument: (doc: MapDocument) => void;
};

export type MapSyncOptions = {
  mapId: string;
  clientId: string;
  /** The revision of the map the editor was loaded with. */
  loadedRevision: number;
  editor: SyncedEditor;
  /** Drops the edits not yet saved and waits for the save under way; answers how many were dropped. */
  discardUnsaved: () => Promise<number>;
  load: (mapId: string) => Promise<MapDocument>;
  changesSince: (mapId: string, revision: number) => Promise<ChangesSince>;
  /** Something the window must say: it now shows the disk's state, and why. */
  onNotice: (message: string) => void;
  /** The window could not catch up (the host is away, say), so it may show less than is saved, and why. */
  onBehind: (message: string) => void;
  /** A catch-up went through after one that could not: the window shows what is saved again. */
  onCurrent: () => void;
};

export type MapSync = {
  /** The revision an edit made now is made against. */
  base: () => number;
  /** This window's save was committed as `revision`. */
  saved: (revision: number) => void;
  receive: (event: FeedEvent) => void;
  /** The window listens again (or for the first time): catch up on what was committed meanwhile. */
  resume: () => void;
  /** Replaces what the window shows with the disk's state, dropping unsaved edits, and says why. */
  showDisk: (message: string) => Promise<void>;
};

export const restoredMessage = (): string => uiText('map:sync.restored');

/**
 * Keeps an open map in step with what other windows commit. Each committed change list arrives
 * once through the live feed; one from another window is applied through the editor's external
 * path, one of this window's own only marks its revision as had. A gap (a dropped connection, a
 * laptop that slept) is filled from the map's change log, and when that is no longer possible, or
 * the database was replaced, or another window's change cannot be shown on top of this one's
 * unsaved edits, the window loads the map from disk and says what it could not keep. A catch-up
 * that cannot be made (the host is away) is reported until one goes through, when the host is back
 * or the window listens again. Work runs one step at a time, in arrival order.
 */
export function createMapSync(options: MapSyncOptions): MapSync {
  const { mapId, clientId, editor } = options;
  const tracker = createRevisionTracker(options.loadedRevision);
  let epoch: string | null = null;
  let work: Promise<void> = Promise.resolve();
  let behind = false;

  function enqueue(task: () => Promise<void> | void) {
    work = work.then(task).catch((error: unknown) => {
      behind = true;
      options.onBehind(uiText('map:sync.notUpToDate', { error: error instanceof Error ? error.message : String(error) }));
    });
  }

  function current() {
    if (!behind) return;
    behind = false;
    options.onCurrent();
  }

  async function showDisk(message: string) {
    const dropped = await options.discardUnsaved();
    const doc = await options.load(mapId);
    tracker.reset(doc.map.revision);
    editor.replaceDocument(doc);
    behind = false;
    options.onNotice(dropped > 0 ? uiText('map:sync.withLostEdits', { message, count: dropped }) : message);
  }

  async function apply(revision: number, changes: MapChange[]): Promise<void> {
    try {
      editor.applyExternal(changesNotShown(editor.getDoc(), changes));
      tracker.add(revision);
    } catch {
      await showDisk(uiText('map:sync.clash'));
    }
  }

  async function catchUp(): Promise<void> {
    const since = await options.changesSince(mapId, tracker.base());
    if (!since.complete || since.revision < tracker.base()) {
      await showDisk(uiText('map:sync.changedWhileAway'));
      return;
    }
    for (const entry of since.entries) {
      if (tracker.has(entry.revision)) continue;
      if (entry.clientId === clientId) tracker.add(entry.revision);
      else await apply(entry.revision, entry.changes);
    }
    current();
  }

  async function committed(event: Extract<FeedEvent, { type: 'committed' }>): Promise<void> {
    if (event.mapId !== mapId || tracker.has(event.revision)) return;
    if (event.clientId === clientId) tracker.add(event.revision);
    else if (event.revision === tracker.base() + 1) await apply(event.revision, event.changes);
    else await catchUp();
  }

  return {
    base: () => tracker.base(),
    saved: (revision) => tracker.add(revision),
    receive(event) {
      switch (event.type) {
        case 'hello': {
          const replaced = epoch !== null && epoch !== event.epoch;
          epoch = event.epoch;
          enqueue(() => (replaced ? showDisk(restoredMessage()) : catchUp()));
          break;
        }
        case 'replaced':
          epoch = event.epoch;
          enqueue(() => showDisk(restoredMessage()));
          break;
        case 'committed':
          enqueue(() => committed(event));
          break;
        case 'room':
        case 'facilitation':
          // For the side panels; a map hears of a note placed from the room or parked as a committed change.
          break;
        case 'settings':
          // For the app's language (renderer/settings); the map's figures follow it through React.
          break;
        case 'workshops':
          // For the workshop list; a map's own workshop's maps and title come as `facilitation` events.
          break;
        default:
          exhaustiveSwitchError(event, 'feed event');
      }
    },
    resume: () => enqueue(catchUp),
    showDisk: (message) =>
      new Promise<void>((resolve) => {
        enqueue(() => showDisk(message));
        work = work.then(resolve);
      }),
  };
}
