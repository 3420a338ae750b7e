import { useEffect, useState } from 'react';
import { ApiCallError, call, errorMessage } from '../api/client';
import { createMapEditor, type MapEditor } from '../editor/map-editor';
import { createSaveQueue, type SaveQueue, type SaveStatus } from '../editor/save-queue';

type Loading = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; editor: MapEditor };

/** Loads a map into an editor wired to autosave, and flushes unsaved edits when the page goes away. */
export function useMapEditor(mapId: string): { loading: Loading; saveStatus: SaveStatus } {
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved' });

  useEffect(() => {
    let cancelled = false;
    let saveQueue: SaveQueue | null = null;
    const flushOnHide = () => void saveQueue?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushOnHide();
    call('map.load', { mapId }).then(
      (doc) => {
        if (cancelled) return;
        const queue = createSaveQueue({
          save: async (changes) => {
            try {
              await call('map.applyChanges', { mapId, changes });
              return { ok: true };
            } catch (error) {
              return {
                ok: false,
                error: error instanceof ApiCallError ? error.error : { code: 'internal', message: errorMessage(error) },
              };
            }
          },
          onStatus: setSaveStatus,
        });
        saveQueue = queue;
        setLoading({ status: 'ready', editor: createMapEditor(doc, queue) });
      },
      (error: unknown) => !cancelled && setLoading({ status: 'failed', message: errorMessage(error) }),
    );
    window.addEventListener('pagehide', flushOnHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flushOnHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void saveQueue?.flush();
    };
  }, [mapId]);

  return { loading, saveStatus };
}

