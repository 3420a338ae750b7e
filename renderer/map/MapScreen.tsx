import { useEffect, useState } from 'react';
import type { WorkshopOverview } from '../../shared/api/workshops-contract';
import { call, errorMessage } from '../api/client';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { ProjectorButton } from '../facilitation/ProjectorButton';
import { MapWorkspace } from './MapWorkspace';
import { SaveIndicator } from './SaveIndicator';
import { useMapEditor } from './use-map-editor';

type MapScreenProps = { workshopId: string; mapId: string; onBack: () => void };

export function MapScreen({ workshopId, mapId, onBack }: MapScreenProps) {
  const { loading, saveStatus } = useMapEditor(mapId);
  const [overview, setOverview] = useState<WorkshopOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    call('workshop.get', { id: workshopId }).then(setOverview, (error: unknown) => setProblem(errorMessage(error)));
  }, [workshopId]);

  const mapName = overview?.maps.find((map) => map.id === mapId)?.name ?? '';
  useEffect(() => {
    if (overview) document.title = `${overview.workshop.title} · ${mapName} — Value Stream Workshop`;
  }, [overview, mapName]);

  const failure = problem ?? (loading.status === 'failed' ? loading.message : null);
  return (
    <div className="app-screen">
      <header className="app-header">
        <button type="button" className="button button-quiet" onClick={onBack} title="Back to all workshops">
          ← Workshops
        </button>
        <div className="header-title">
          <span className="header-workshop">{overview?.workshop.title ?? ''}</span>
          {mapName && <span className="header-map">{mapName}</span>}
        </div>
        <ProjectorButton workshopId={workshopId} />
        <SaveIndicator status={saveStatus} />
      </header>
      {failure ? (
        <main className="screen-message" role="alert">
          <p>This map could not be opened: {failure}</p>
          <button type="button" className="button" onClick={onBack}>
            Back to workshops
          </button>
        </main>
      ) : loading.status === 'ready' ? (
        <FacilitationLayer workshopId={workshopId} mapId={mapId} editor={loading.editor} saveQueue={loading.saveQueue}>
          {(canvasOverlay) => <MapWorkspace editor={loading.editor} canvasOverlay={canvasOverlay} />}
        </FacilitationLayer>
      ) : (
        <main className="screen-message">
          <p className="muted">Opening map…</p>
        </main>
      )}
    </div>
  );
}
