import { describe, expect, it } from 'vitest';
import { applyChanges, type MapChange } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';
import type { ChangesSince, LoggedChange } from '../../../shared/sync/map-feed';
import { createMapSync, restoredMessage } from '../../../renderer/sync/map-sync';
import { createRevisionTracker } from '../../../renderer/sync/revision-tracker';
import { emptyDoc, note } from '../../shared/fixtures';

const ME = 'this-window-1';
const OTHER = 'other-window-2';

function move(id: string, x: number): MapChange[] {
  return [{ op: 'patchNode', id, before: {}, after: { x } }];
}

/** A window showing a map at revision 3, with a disk whose log the test fills. */
function setUp(unsaved = 0) {
  let doc: MapDocument = { ...emptyDoc(), map: { ...emptyDoc().map, revision: 3 }, nodes: [note('a'), note('b')] };
  const disk = {
    doc: { ...doc, map: { ...doc.map, revision: 9 }, nodes: [note('b', { text: 'from disk' })] },
    log: [] as LoggedChange[],
    complete: true,
  };
  const notices: string[] = [];
  const behind: string[] = [];
  let currentAgain = 0;
  const applied: MapChange[][] = [];
  let discarded = 0;
  const host = { away: false };
  const sync = createMapSync({
    mapId: doc.map.id,
    clientId: ME,
    loadedRevision: 3,
    editor: {
      getDoc: () => doc,
      applyExternal: (changes) => {
        doc = applyChanges(doc, changes);
        applied.push(changes);
      },
      replaceDocument: (next) => (doc = next),
    },
    discardUnsaved: async () => {
      discarded += 1;
      return unsaved;
    },
    load: async () => disk.doc,
    changesSince: async (_mapId, revision): Promise<ChangesSince> => {
      if (host.away) throw new Error('The app is not running or cannot be reached.');
      return {
        revision: disk.log.at(-1)?.revision ?? revision,
        entries: disk.log.filter((entry) => entry.revision > revision),
        complete: disk.complete,
      };
    },
    onNotice: (message) => notices.push(message),
    onBehind: (message) => behind.push(message),
    onCurrent: () => (currentAgain += 1),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { sync, disk, host, notices, behind, applied, settle, doc: () => doc, discarded: () => discarded, currentAgain: () => currentAgain };
}

describe('keeping an open map in step with other windows', () => {
  it('applies another window’s commit, only marks its own, and ignores a commit it already has', async () => {
    const window = setUp();
    const mapId = window.doc().map.id;
    window.sync.receive({ type: 'committed', mapId, revision: 4, clientId: OTHER, changes: move('a', 40) });
    window.sync.receive({ type: 'committed', mapId, revision: 5, clientId: ME, changes: move('b', 99) });
    window.sync.receive({ type: 'committed', mapId, revision: 4, clientId: OTHER, changes: move('a', 40) });
    window.sync.receive({ type: 'committed', mapId: 'another-map', revision: 6, clientId: OTHER, changes: move('a', 1) });
    await window.settle();
    expect(window.applied).toEqual([move('a', 40)]);
    expect(window.sync.base()).toBe(5);
    expect(window.doc().nodes.map((node) => node.x)).toEqual([40, 0]);
  });

  it('fills a gap in the feed from the map’s log, in order, skipping its own', async () => {
    const window = setUp();
    const mapId = window.doc().map.id;
    window.disk.log = [
      { revision: 4, clientId: OTHER, changes: move('a', 10) },
      { revision: 5, clientId: ME, changes: move('b', 20) },
      { revision: 6, clientId: OTHER, changes: move('a', 30) },
    ];
    window.sync.receive({ type: 'committed', mapId, revision: 6, clientId: OTHER, changes: move('a', 30) });
    await window.settle();
    expect(window.applied).toEqual([move('a', 10), move('a', 30)]);
    expect(window.sync.base()).toBe(6);
  });

  it('catches up on every reconnection, and reloads when the database file behind it was replaced', async () => {
    const window = setUp();
    window.disk.log = [{ revision: 4, clientId: OTHER, changes: move('a', 10) }];
    window.sync.receive({ type: 'hello', epoch: 'file-1' });
    await window.settle();
    expect(window.applied).toEqual([move('a', 10)]);
    window.sync.receive({ type: 'hello', epoch: 'file-1' });
    await window.settle();
    expect(window.notices).toEqual([]);
    window.sync.receive({ type: 'hello', epoch: 'file-2' });
    await window.settle();
    expect(window.notices).toEqual([restoredMessage()]);
    expect(window.doc()).toEqual(window.disk.doc);
    expect(window.sync.base()).toBe(9);
  });

  it('shows the disk, dropping unsaved edits and saying how many, when the log no longer reaches back', async () => {
    const window = setUp(2);
    window.disk.complete = false;
    window.sync.receive({ type: 'committed', mapId: window.doc().map.id, revision: 8, clientId: OTHER, changes: move('a', 1) });
    await window.settle();
    expect(window.discarded()).toBe(1);
    expect(window.doc()).toEqual(window.disk.doc);
    expect(window.notices).toEqual([
      'This map changed in another window while this one was away: it now shows what is saved. 2 edits made after it could not be kept either.',
    ]);
  });

  it('shows the disk when another window’s commit cannot be shown on top of an edit here not saved yet', async () => {
    const window = setUp();
    window.sync.receive({ type: 'committed', mapId: window.doc().map.id, revision: 4, clientId: OTHER, changes: move('ghost', 1) });
    await window.settle();
    expect(window.doc()).toEqual(window.disk.doc);
    expect(window.notices[0]).toMatch(/^Another window changed this map in a way that clashes/);
  });

  it('reloads and says so when the feed says the database was restored', async () => {
    const window = setUp();
    window.sync.receive({ type: 'replaced', epoch: 'file-2' });
    await window.settle();
    expect(window.notices).toEqual([restoredMessage()]);
    expect(window.doc()).toEqual(window.disk.doc);
  });
});

describe('the revisions a window has', () => {
  it('count up to the newest one with none missing, whatever order they arrive in', () => {
    const tracker = createRevisionTracker(3);
    tracker.add(5);
    expect(tracker.base()).toBe(3);
    expect(tracker.has(5)).toBe(true);
    expect(tracker.has(4)).toBe(false);
    tracker.add(4);
    expect(tracker.base()).toBe(5);
    tracker.reset(2);
    expect(tracker.base()).toBe(2);
    expect(tracker.has(5)).toBe(false);
  });
});

describe('a window that starts listening again', () => {
  it('catches up on what was committed while it was not listening, without a greeting from the host', async () => {
    const window = setUp();
    window.disk.log = [
      { revision: 4, clientId: OTHER, changes: move('a', 10) },
      { revision: 5, clientId: OTHER, changes: move('b', 20) },
    ];
    window.sync.resume();
    await window.settle();
    expect(window.applied).toEqual([move('a', 10), move('b', 20)]);
    expect(window.sync.base()).toBe(5);
  });

  it('says it could not catch up while the host is away, and says it is current again once a catch-up goes through', async () => {
    const window = setUp();
    window.host.away = true;
    window.sync.resume();
    await window.settle();
    expect(window.behind).toEqual(['The map could not be brought up to date: The app is not running or cannot be reached.']);
    expect(window.currentAgain()).toBe(0);

    window.host.away = false;
    window.disk.log = [{ revision: 4, clientId: OTHER, changes: move('a', 10) }];
    window.sync.receive({ type: 'hello', epoch: 'file-1' });
    await window.settle();
    expect(window.applied).toEqual([move('a', 10)]);
    expect(window.currentAgain()).toBe(1);
    window.sync.resume();
    await window.settle();
    expect(window.currentAgain()).toBe(1);
    expect(window.notices).toEqual([]);
  });
});
