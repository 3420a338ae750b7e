import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics, formatDuration } from '../../../shared/vsm';
import { useLocaleFormat } from '../../i18n/I18nProvider';

/** The figures the room talks about, under the map: the same engine the facilitator's timeline uses. */
export function MapMetrics({ doc }: { doc: MapDocument }) {
  const { t } = useTranslation('room');
  const format = useLocaleFormat();
  const metrics = useMemo(() => computeMetrics(doc), [doc]);
  const settings = doc.map.settings;
  const rows: [string, string][] = [
    [t('metrics.leadTime'), formatDuration(metrics.leadTime, settings, { format })],
    [t('metrics.processTime'), formatDuration(metrics.processTime, settings, { format })],
    [
      t('metrics.activityRatio'),
      metrics.activityRatio === null ? '—' : format.withUnit(format.number(metrics.activityRatio * 100, { maximumFractionDigits: 1 }), '%'),
    ],
    [t('metrics.taktTime'), metrics.taktTime === null ? '—' : formatDuration(metrics.taktTime, settings, { format })],
    [t('metrics.steps'), format.number(metrics.stepCount)],
    [t('metrics.inventory'), format.number(metrics.totalInventory)],
  ];
  return (
    <dl className="map-metrics" aria-label={t('metrics.label')}>
      {rows.map(([term, value]) => (
        <div key={term} className="map-metric">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
