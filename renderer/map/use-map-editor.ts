import { useEffect, useState } from 'react';
import { ApiCallError, call, errorMessage } from '../api/client';
import { createMapEditor, type MapEditor } from '../editor/map-editor';
import { createSaveQueue, type SaveQueue, type SaveStatus } from '../editor/save-queue';
import { useRecovery } from '../recovery/recovery-context';

type Loading = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; editor: MapEditor };

/**
 * Loads a map into an editor wired to autosave, and flushes unsaved edits when the page goes away.
 * A database that can only be read opens every map in the editor's read-only mode.
 */
export function useMapEditor(mapId: string): { loading: Loading; saveStatus: SaveStatus } {
  const { readOnly } = useRecovery();
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
        const editor = createMapEditor(doc, queue);
        if (readOnly) editor.setMode('read-only');
        setLoading({ status: 'ready', editor });
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
  }, [mapId, readOnly]);

  return { loading, saveStatus };
}

