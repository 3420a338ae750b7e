import { uiText } from '../ui-text/ui-text';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api/result';
import { asSentence } from '../../shared/util/as-sentence';
import { ApiCallError, call, errorMessage, getFeed } from '../api/client';
import { createMapEditor, type MapEditor } from '../editor/map-editor';
import { createSaveQueue, type SaveQueue, type SaveStatus } from '../editor/save-queue';
import { useRecovery } from '../recovery/recovery-context';
import { followFeedWhileVisible } from '../sync/follow-feed';
import { createMapSync, type MapSync } from '../sync/map-sync';

type Loading = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; editor: MapEditor };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiCallError ? error.error : { code: 'internal', message: errorMessage(error) };
}

/**
 * Loads a map into an editor wired to autosave and to the live feed of other windows' changes,
 * and flushes unsaved edits when the page goes away. A save the store refuses (a clash with
 * another window, a change it cannot apply) puts the disk's state on screen and says so. A
 * database that can only be read opens every map in the editor's read-only mode.
 */
export function useMapEditor(mapId: string): { loading: Loading; saveStatus: SaveStatus } {
  const { readOnly } = useRecovery();
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved' });

  useEffect(() => {
    let cancelled = false;
    let saveQueue: SaveQueue | null = null;
    let stopFeed: () => void = () => undefined;
    const clientId = crypto.randomUUID();
    const flushOnHide = () => void saveQueue?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushOnHide();
    call('map.load', { mapId }).then(
      (doc) => {
        if (cancelled) return;
        let sync: MapSync | null = null;
        let gone = false;
        const notice = (message: string) => !gone && setSaveStatus({ state: 'not-applied', message });
        // Another window deleted the map: there is no saved state to show, and what was typed here is lost.
        const load = (id: string) =>
          call('map.load', { mapId: id }).catch((error: unknown) => {
            if (error instanceof ApiCallError && error.error.code === 'not-found') {
              gone = true;
              setSaveStatus({ state: 'failed', message: 'this map was deleted in another window' });
              setLoading({ status: 'failed', message: 'it was deleted in another window, so nothing typed on it since was saved.' });
            }
            throw error;
          });
        const queue = createSaveQueue({
          save: async ({ changes, baseRevision }) => {
            try {
              const { revision } = await call('map.applyChanges', { mapId, changes, baseRevision, clientId });
              return { ok: true, revision };
            } catch (error) {
              return { ok: false, error: asApiError(error) };
            }
          },
          onStatus: setSaveStatus,
          onSaved: (revision) => sync?.saved(revision),
          onRefused: (error) => void sync?.showDisk(uiText('map:save.refused', { problem: asSentence(error.message) })),
        });
        saveQueue = queue;
        const autosave = {
          enqueue: (changes: Parameters<SaveQueue['enqueue']>[0]) => queue.enqueue(changes, sync?.base() ?? doc.map.revision),
          flush: queue.flush,
          hasUnsaved: queue.hasUnsaved,
        };
        const editor = createMapEditor(doc, autosave, readOnly ? 'read-only' : 'editing', { onRefusedEdit: notice });
        sync = createMapSync({
          mapId,
          clientId,
          loadedRevision: doc.map.revision,
          editor: { getDoc: () => editor.getState().doc, applyExternal: editor.applyExternal, replaceDocument: editor.replaceDocument },
          discardUnsaved: queue.discard,
          load,
          changesSince: (id, revision) => call('map.changesSince', { mapId: id, revision }),
          onNotice: notice,
          onBehind: (message) => !gone && setSaveStatus({ state: 'behind', message }),
          // Only the word that the map is behind goes: anything said since (a save under way, a refusal) stays.
          onCurrent: () => setSaveStatus((status) => (status.state === 'behind' ? { state: queue.hasUnsaved() ? 'pending' : 'saved' } : status)),
        });
        const feed = getFeed();
        if (feed) stopFeed = followFeedWhileVisible(feed, sync.receive, sync.resume);
        setLoading({ status: 'ready', editor });
      },
      (error: unknown) => !cancelled && setLoading({ status: 'failed', message: errorMessage(error) }),
    );
    window.addEventListener('pagehide', flushOnHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      stopFeed();
      window.removeEventListener('pagehide', flushOnHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void saveQueue?.flush();
    };
  }, [mapId, readOnly]);

  return { loading, saveStatus };
}
