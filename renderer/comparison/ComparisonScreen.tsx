import { useEffect, useMemo, useState } from 'react';
import type { WorkshopOverview } from '../../shared/api/workshops-contract';
import { comparisonRows, dayLengthNote } from '../../shared/comparison/format-comparison';
import { ladderChart } from '../../shared/comparison/ladder-layout';
import { stepMarks } from '../../shared/comparison/step-marks';
import type { MapDocument } from '../../shared/model/vsm-map';
import { compareMaps } from '../../shared/vsm';
import { call, errorMessage } from '../api/client';
import { ComparisonMaps } from './ComparisonMaps';
import { LadderChart } from './LadderChart';
import { MetricsTable } from './MetricsTable';
import './comparison.css';

type ComparisonScreenProps = {
  workshopId: string;
  currentId: string;
  futureId: string;
  onCompare: (currentId: string, futureId: string) => void;
  onOpenMap: (mapId: string) => void;
};

type Loaded = { overview: WorkshopOverview; current: MapDocument; future: MapDocument };

/**
 * The room's one screen on the future: both maps side by side with what changed marked, every
 * figure before and after, and the two lead-time ladders. All of it is read from compareMaps.
 */
export function ComparisonScreen({ workshopId, currentId, futureId, onCompare, onOpenMap }: ComparisonScreenProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([call('workshop.get', { id: workshopId }), call('map.load', { mapId: currentId }), call('map.load', { mapId: futureId })]).then(
      ([overview, current, future]) => !cancelled && setLoaded({ overview, current, future }),
      (error: unknown) => !cancelled && setProblem(errorMessage(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, currentId, futureId]);

  const figures = useMemo(() => {
    if (!loaded) return null;
    const { current, future } = loaded;
    const comparison = compareMaps(current, future);
    const settings = current.map.settings;
    return {
      rows: comparisonRows(comparison, settings),
      marks: stepMarks(comparison, current, future),
      chart: ladderChart({ title: current.map.name, metrics: comparison.current }, { title: future.map.name, metrics: comparison.future }, settings),
      note: dayLengthNote(settings),
    };
  }, [loaded]);

  useEffect(() => {
    if (loaded) document.title = `${loaded.overview.workshop.title} · Compare — Value Stream Workshop`;
  }, [loaded]);

  const maps = loaded?.overview.maps ?? [];
  return (
    <div className="app-screen comparison-screen">
      <header className="app-header">
        <button type="button" className="button button-quiet" onClick={() => onOpenMap(futureId)} title="Back to the future-state map">
          ← Back to the map
        </button>
        <div className="header-title">
          <span className="header-workshop">{loaded?.overview.workshop.title ?? ''}</span>
          <span className="header-map">Current and future state</span>
        </div>
        <label className="comparison-pick">
          <span>Current</span>
          <select value={currentId} onChange={(event) => onCompare(event.target.value, futureId)}>
            {maps
              .filter((map) => map.state === 'current')
              .map((map) => (
                <option key={map.id} value={map.id}>
                  {map.name}
                </option>
              ))}
          </select>
        </label>
        <label className="comparison-pick">
          <span>Future</span>
          <select value={futureId} onChange={(event) => onCompare(currentId, event.target.value)}>
            {maps
              .filter((map) => map.state === 'future')
              .map((map) => (
                <option key={map.id} value={map.id}>
                  {map.name}
                </option>
              ))}
          </select>
        </label>
      </header>
      {problem ? (
        <main className="screen-message" role="alert">
          <p>The comparison could not be opened: {problem}</p>
        </main>
      ) : loaded && figures ? (
        <main className="comparison-body">
          <ComparisonMaps key={`${currentId}/${futureId}`} current={loaded.current} future={loaded.future} marks={figures.marks} />
          <div className="comparison-figures">
            <MetricsTable rows={figures.rows} currentName={loaded.current.map.name} futureName={loaded.future.map.name} note={figures.note} />
            <LadderChart chart={figures.chart} settings={loaded.current.map.settings} />
          </div>
        </main>
      ) : (
        <main className="screen-message">
          <p className="muted">Opening the comparison…</p>
        </main>
      )}
    </div>
  );
}
