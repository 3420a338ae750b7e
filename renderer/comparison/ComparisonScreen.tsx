import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import { comparisonRows, dayLengthNote } from '../../shared/comparison/format-comparison';
import { ladderChart } from '../../shared/comparison/ladder-layout';
import { differenceLegend, stepMarks } from '../../shared/comparison/step-marks';
import type { MapDocument, MapMeta } from '../../shared/model/vsm-map';
import { compareMaps } from '../../shared/vsm';
import { call, errorMessage } from '../api/client';
import { SubScreenHeader } from '../components/SubScreenHeader';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { ComparisonMaps } from './ComparisonMaps';
import { FlowComparison } from '../flow/FlowComparison';
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

function MapPick({ label, maps, value, onPick }: { label: string; maps: readonly MapMeta[]; value: string; onPick: (mapId: string) => void }) {
  return (
    <label className="comparison-pick">
      <span>{label}</span>
      <select value={value} title={maps.find((map) => map.id === value)?.name} onChange={(event) => onPick(event.target.value)}>
        {maps.map((map) => (
          <option key={map.id} value={map.id}>
            {map.name}
          </option>
        ))}
      </select>
    </label>
  );
}

type Loaded = { overview: WorkshopOverview; current: MapDocument; future: MapDocument };

/**
 * The room's one screen on the future: both maps side by side with what changed marked, every
 * figure before and after, and the two lead-time ladders. All of it is read from compareMaps.
 */
export function ComparisonScreen({ workshopId, currentId, futureId, onCompare, onOpenMap }: ComparisonScreenProps) {
  const { t } = useTranslation(['comparison', 'app']);
  const format = useLocaleFormat();
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
    const marks = stepMarks(comparison, current, future, format);
    return {
      rows: comparisonRows(comparison, settings, format),
      marks,
      legend: differenceLegend(comparison, marks, format),
      chart: ladderChart(
        { title: current.map.name, metrics: comparison.current },
        { title: future.map.name, metrics: comparison.future },
        settings,
        format,
      ),
      note: dayLengthNote(settings, format),
    };
  }, [loaded, format]);

  useEffect(() => {
    if (loaded) document.title = t('documentTitle', { workshop: loaded.overview.workshop.title, app: t('app:appName') });
  }, [loaded, t]);

  const maps = loaded?.overview.maps ?? [];
  return (
    <div className="app-screen comparison-screen">
      <SubScreenHeader workshopTitle={loaded?.overview.workshop.title ?? ''} screenTitle={t('title')} onBack={() => onOpenMap(futureId)}>
        <MapPick
          label={t('current')}
          maps={maps.filter((map) => map.state === 'current')}
          value={currentId}
          onPick={(id) => onCompare(id, futureId)}
        />
        <MapPick label={t('future')} maps={maps.filter((map) => map.state === 'future')} value={futureId} onPick={(id) => onCompare(currentId, id)} />
      </SubScreenHeader>
      {problem ? (
        <main className="screen-message" role="alert">
          <p>{t('notOpened', { problem })}</p>
        </main>
      ) : loaded && figures ? (
        <main className="comparison-body">
          <ComparisonMaps
            key={`${currentId}/${futureId}`}
            current={loaded.current}
            future={loaded.future}
            marks={figures.marks}
            legend={figures.legend}
          />
          <div className="comparison-figures">
            <MetricsTable rows={figures.rows} currentName={loaded.current.map.name} futureName={loaded.future.map.name} note={figures.note} />
            <div className="comparison-charts">
              <LadderChart chart={figures.chart} settings={loaded.current.map.settings} />
              <FlowComparison current={loaded.current} future={loaded.future} />
            </div>
          </div>
        </main>
      ) : (
        <main className="screen-message">
          <p className="muted">{t('opening')}</p>
        </main>
      )}
    </div>
  );
}
