import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/I18nProvider';
import type { SimulationResult } from '../../shared/flow/simulation/simulation-result';
import { niceScale } from './chart-scale';

type WipChartProps = { result: SimulationResult; daySeconds: number; width?: number };

const HEIGHT = 170;
const LEFT = 44;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;
const COLOURS = ['#1f6feb', '#8250df', '#1a7f37', '#bf8700', '#cf222e', '#0a7ea4', '#6e7781'];

/** Items waiting before each step over the run, one line per queue; a queue growing without bound is drawn thick. */
export function WipChart({ result, daySeconds, width = 340 }: WipChartProps) {
  const { t } = useTranslation('flow');
  const format = useLocaleFormat();
  const { times, byStation } = result.wip;
  const shown = result.stations
    .map((station, index) => ({ station, samples: byStation[index] ?? [], colour: COLOURS[index % COLOURS.length] }))
    .filter((entry) => entry.samples.some((value) => value > 0));
  const largest = Math.max(1, ...shown.flatMap((entry) => entry.samples));
  const scale = niceScale(largest);
  const end = Math.max(times[times.length - 1] ?? 1, 1);
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (time: number) => LEFT + (time / end) * plotWidth;
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;
  const days = niceScale(end / daySeconds);
  return (
    <figure className="flow-chart">
      <svg width={width} height={HEIGHT} role="img" aria-label={t('wip.label', { count: Math.round(end / daySeconds) })}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} className="flow-grid" />
            <text x={LEFT - 4} y={y(tick) + 4} textAnchor="end" className="flow-axis">
              {format.number(tick)}
            </text>
          </g>
        ))}
        {days.ticks
          .filter((tick) => tick * daySeconds <= end)
          .map((tick) => (
            <text key={tick} x={x(tick * daySeconds)} y={HEIGHT - 6} textAnchor="middle" className="flow-axis">
              {tick === 0 ? format.withUnit(0, format.timeUnit('d')) : format.number(tick)}
            </text>
          ))}
        {shown.map(({ station, samples, colour }) => (
          <polyline
            key={station.nodeId}
            fill="none"
            stroke={colour}
            strokeWidth={station.growing ? 3 : 1.5}
            points={samples.map((value, index) => `${x(times[index] ?? 0).toFixed(1)},${y(value).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption className="flow-legend">
        {shown.map(({ station, colour }) => (
          <span key={station.nodeId}>
            <i style={{ background: colour }} aria-hidden="true" />
            {station.growing ? t('wip.beforeGrowing', { label: station.label }) : t('wip.before', { label: station.label })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
