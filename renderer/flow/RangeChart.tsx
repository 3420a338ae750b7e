import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/I18nProvider';
import type { MapRange } from '../../shared/flow/flow-job';
import type { MapSettings } from '../../shared/model/vsm-map';
import { formatDuration } from '../../shared/vsm';
import { niceScale } from './chart-scale';

type RangeChartProps = { ranges: readonly MapRange[]; settings: MapSettings; target: number | null; width?: number };

const ROW = 44;
const LEFT = 8;
const RIGHT = 12;
const AXIS = 22;

/**
 * The lead-time range of each map on one scale, in working days: the bar runs from the median
 * (P50) to P95 with a tick at P85, the thin line from the shortest; a target is a dashed line.
 */
export function RangeChart({ ranges, settings, target, width = 340 }: RangeChartProps) {
  const { t } = useTranslation('flow');
  const format = useLocaleFormat();
  const day = settings.workingTimePerDay ?? 8 * 3_600;
  const largest = Math.max(target ?? 0, ...ranges.map((entry) => entry.range?.pooled?.p95 ?? 0)) / day;
  const scale = niceScale(largest);
  const plot = width - LEFT - RIGHT;
  const x = (seconds: number) => LEFT + (seconds / day / scale.max) * plot;
  const height = ranges.length * ROW + AXIS;
  return (
    <svg width={width} height={height} className="flow-range" role="img" aria-label={t('range.label')}>
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick * day)} x2={x(tick * day)} y1={0} y2={height - AXIS} className="flow-grid" />
          <text x={x(tick * day)} y={height - 6} textAnchor="middle" className="flow-axis">
            {tick === 0 ? format.withUnit(0, format.timeUnit('d')) : format.number(tick)}
          </text>
        </g>
      ))}
      {ranges.map((entry, index) => {
        const top = index * ROW;
        const pooled = entry.range?.pooled;
        return (
          <g key={entry.mapId} transform={`translate(0, ${top})`}>
            <text x={LEFT} y={13} className="flow-range-title">
              {entry.name}
              {pooled
                ? t('range.between', { from: formatDuration(pooled.p50, settings, { format }), to: formatDuration(pooled.p95, settings, { format }) })
                : t('range.none')}
            </text>
            {pooled && (
              <>
                <line x1={x(pooled.min)} x2={x(pooled.p50)} y1={29} y2={29} className="flow-range-whisker" />
                <rect
                  x={x(pooled.p50)}
                  y={21}
                  width={Math.max(2, x(pooled.p95) - x(pooled.p50))}
                  height={16}
                  className={index === 0 ? 'flow-range-bar' : 'flow-range-bar flow-range-future'}
                />
                <line x1={x(pooled.p85)} x2={x(pooled.p85)} y1={19} y2={39} className="flow-range-p85" />
              </>
            )}
          </g>
        );
      })}
      {target !== null && <line x1={x(target)} x2={x(target)} y1={0} y2={height - AXIS} className="flow-target" />}
    </svg>
  );
}
