import { useCallback, useEffect, useState } from 'react';
import type { Id } from '../../shared/model/ids';
import type { WorkshopOverview } from '../../shared/api/workshops-contract';
import { call, errorMessage } from '../api/client';
import { ExportMenu } from '../export/ExportMenu';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { ProjectorButton } from '../facilitation/ProjectorButton';
import { FutureStatePanel } from '../future-state/FutureStatePanel';
import { MapMenu } from '../future-state/MapMenu';
import { LiveFlowPanel } from './LiveFlowPanel';
import { MapSwitcher } from './MapSwitcher';
import { MapWorkspace } from './MapWorkspace';
import { NewMapDialog } from './NewMapDialog';
import { SaveIndicator } from './SaveIndicator';
import { useMapEditor } from './use-map-editor';

type MapScreenProps = { workshopId: string; mapId: string; onBack: () => void; onOpenMap: (mapId: string) => void };

export function MapScreen({ workshopId, mapId, onBack, onOpenMap }: MapScreenProps) {
  const { loading, saveStatus } = useMapEditor(mapId);
  const [overview, setOverview] = useState<WorkshopOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [selection, setSelection] = useState<ReadonlySet<Id>>(new Set());

  const loadOverview = useCallback(() => {
    call('workshop.get', { id: workshopId }).then(setOverview, (error: unknown) => setProblem(errorMessage(error)));
  }, [workshopId]);
  useEffect(loadOverview, [loadOverview]);

  const mapName = overview?.maps.find((map) => map.id === mapId)?.name ?? '';
  useEffect(() => {
    if (overview) document.title = `${overview.workshop.title} · ${mapName} — Value Stream Workshop`;
  }, [overview, mapName]);

  const onPresentingChange = useCallback((next: boolean) => setPresenting(next), []);
  const failure = problem ?? (loading.status === 'failed' ? loading.message : null);
  return (
    <div className={presenting ? 'app-screen presenting' : 'app-screen'}>
      {!presenting && (
        <header className="app-header">
          <button type="button" className="button button-quiet" onClick={onBack} title="Back to all workshops">
            ← Workshops
          </button>
          <div className="header-title">
            <span className="header-workshop">{overview?.workshop.title ?? ''}</span>
          </div>
          {overview && <MapSwitcher maps={overview.maps} currentId={mapId} onOpen={onOpenMap} onNew={() => setCreating(true)} />}
          {overview && (
            <MapMenu
              overview={overview}
              mapId={mapId}
              onChanged={loadOverview}
              onOpenMap={onOpenMap}
              beforeLeave={() => (loading.status === 'ready' ? loading.saveQueue.flush() : Promise.resolve())}
            />
          )}
          {overview && loading.status === 'ready' && (
            <ExportMenu
              workshopId={workshopId}
              workshopTitle={overview.workshop.title}
              doc={() => loading.editor.getState().doc}
              beforeExport={loading.saveQueue.flush}
            />
          )}
          <ProjectorButton workshopId={workshopId} />
          <SaveIndicator status={saveStatus} />
        </header>
      )}
      {failure ? (
        <main className="screen-message" role="alert">
          <p>This map could not be opened: {failure}</p>
          <button type="button" className="button" onClick={onBack}>
            Back to workshops
          </button>
        </main>
      ) : loading.status === 'ready' ? (
        <FacilitationLayer
          workshopId={workshopId}
          mapId={mapId}
          editor={loading.editor}
          saveQueue={loading.saveQueue}
          extraTabs={[
            ...(loading.editor.getState().doc.map.state === 'future'
              ? [
                  {
                    id: 'future',
                    label: 'Future state',
                    content: (
                      <FutureStatePanel workshopId={workshopId} editor={loading.editor} saveQueue={loading.saveQueue} selection={selection} />
                    ),
                  },
                ]
              : []),
            { id: 'flow', label: 'Flow', content: <LiveFlowPanel editor={loading.editor} /> },
          ]}
        >
          {(canvasOverlay) => (
            <MapWorkspace
              editor={loading.editor}
              presenting={presenting}
              onPresentingChange={onPresentingChange}
              canvasOverlay={canvasOverlay}
              onSelectionChange={setSelection}
            />
          )}
        </FacilitationLayer>
      ) : (
        <main className="screen-message">
          <p className="muted">Opening map…</p>
        </main>
      )}
      {creating && (
        <NewMapDialog
          onCancel={() => setCreating(false)}
          onSubmit={async (request) => {
            const map = await call('map.create', { workshopId, ...request });
            setCreating(false);
            onOpenMap(map.id);
          }}
        />
      )}
    </div>
  );
}
