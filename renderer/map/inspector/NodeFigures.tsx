import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatFigure } from '../../../shared/comparison/format-comparison';
import type { VsmMetrics } from '../../../shared/vsm';
import { useLocaleFormat } from '../../i18n/I18nProvider';

type NodeFiguresProps = { node: MapNode; metrics: VsmMetrics; settings: MapSettings };

/** What the engine worked out for this node: its times as counted, against takt, and whether it is on the critical path. */
export function NodeFigures({ node, metrics, settings }: NodeFiguresProps) {
  const { t } = useTranslation('inspector');
  const format = useLocaleFormat();
  const visits = (count: number) => format.number(count, { maximumFractionDigits: 2 });
  const step = metrics.steps.find((candidate) => candidate.nodeId === node.id);
  const stock = metrics.stocks.find((candidate) => candidate.nodeId === node.id);
  const time = (seconds: number | null) => formatFigure(seconds, 'seconds', settings, format);
  const rows: Array<[string, string]> = [];
  if (step) {
    rows.push([t('figures.processTime'), time(step.processTime)], [t('figures.leadTime'), time(step.leadTime)]);
    if (step.waitingShare !== null) rows.push([t('figures.waitingShare'), formatFigure(step.waitingShare * 100, 'percent', settings, format)]);
    if (step.expectedVisits !== 1) rows.push([t('figures.passes'), visits(step.expectedVisits)]);
    if (step.taktRatio !== null) rows.push([t('figures.taktRatio'), formatFigure(step.taktRatio, 'ratio', settings, format)]);
    rows.push([t('figures.criticalPath'), step.onCriticalPath ? t('figures.yes') : t('figures.no')]);
  }
  if (stock) {
    const fromQuantity = stock.waitTime !== null && stock.waitSource === 'quantity';
    rows.push([t('figures.waitTime'), fromQuantity ? t('figures.fromQuantity', { time: time(stock.waitTime) }) : time(stock.waitTime)]);
    if (stock.expectedVisits !== 1) rows.push([t('figures.passes'), visits(stock.expectedVisits)]);
    rows.push([t('figures.criticalPath'), stock.onCriticalPath ? t('figures.yes') : t('figures.no')]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="inspector-figures" aria-label={t('figures.label')}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
