import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ladder, LadderChart as Chart } from '../../shared/comparison/ladder-layout';
import type { MapSettings } from '../../shared/model/vsm-map';
import { formatDuration } from '../../shared/vsm';
import type { LocaleFormat } from '../../shared/locale/locale-format';
import { useElementSize } from '../canvas/use-element-size';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { titleFont, wrapTitle } from './wrap-title';

type LadderChartProps = {
  chart: Chart;
  settings: MapSettings;
  heading?: string;
  /** A width to draw at, for print; on screen the chart is as wide as its frame. */
  fixedWidth?: number;
};

const LEFT = 16;
const RIGHT = 24;
const ROW = 92;
const HEADING = 22;
const WAIT_Y = 30;
const WORK_Y = 58;
const BAR = 18;
const AXIS = 34;
/** A rung this narrow would vanish; it is drawn at least this wide, so every step can be seen. */
const MIN_BAR = 3;
/** Each line a long map name (or its totals) needs beyond the first pushes its ladder down this far. */
const TITLE_LINE = 20;

/**
 * The map's name and totals on one line when they fit, else the name wrapped and the totals
 * below it, wrapped too: German totals ("Durchlaufzeit 23,6 d · Bearbeitungszeit 188 s") do not
 * fit beside a narrow ladder.
 */
type TitleLayout = { lines: string[]; totalsInline: boolean; totalsLines: string[] };

function titleLayout(title: string, totals: string, width: number): TitleLayout {
  const font = titleFont();
  if (wrapTitle(`${title}\u2003\u2003${totals}`, width, font).length === 1) return { lines: [title], totalsInline: true, totalsLines: [] };
  return { lines: wrapTitle(title, width, font), totalsInline: false, totalsLines: wrapTitle(totals, width, font) };
}

function extraLines(layout: TitleLayout): number {
  return layout.lines.length - 1 + layout.totalsLines.length;
}

function totalsOf(ladder: Ladder, settings: MapSettings, t: TFunction<'comparison'>, format: LocaleFormat): string {
  return t('ladder.totals', {
    leadTime: formatDuration(ladder.leadTime, settings, { format }),
    processTime: formatDuration(ladder.processTime, settings, { format }),
  });
}

type LadderRowProps = { ladder: Ladder; layout: TitleLayout; top: number; width: number; settings: MapSettings };

function LadderRow({ ladder, layout, top, width, settings }: LadderRowProps) {
  const { t } = useTranslation('comparison');
  const format = useLocaleFormat();
  const x = (fraction: number) => LEFT + fraction * width;
  const extra = extraLines(layout) * TITLE_LINE;
  return (
    <g transform={`translate(0, ${top})`} data-ladder={ladder.title}>
      <text x={LEFT} y={16} className="ladder-title">
        {layout.lines.map((line, index) => (
          <tspan key={index} x={LEFT} dy={index === 0 ? 0 : TITLE_LINE}>
            {line}
          </tspan>
        ))}
        {layout.totalsInline && (
          <tspan className="ladder-totals" dx={12}>
            {totalsOf(ladder, settings, t, format)}
          </tspan>
        )}
      </text>
      {!layout.totalsInline && (
        <text x={LEFT} y={16 + layout.lines.length * TITLE_LINE} className="ladder-title ladder-totals">
          {layout.totalsLines.map((line, index) => (
            <tspan key={index} x={LEFT} dy={index === 0 ? 0 : TITLE_LINE}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      <g transform={`translate(0, ${extra})`}>
        <line x1={x(0)} x2={x(ladder.end)} y1={WORK_Y + BAR} y2={WORK_Y + BAR} className="ladder-baseline" />
        {ladder.rungs.map((rung, index) => (
          <rect
            key={`${rung.nodeId}-${rung.kind}-${index}`}
            x={x(rung.start)}
            y={rung.kind === 'wait' ? WAIT_Y : WORK_Y}
            width={Math.max(MIN_BAR, rung.width * width)}
            height={BAR}
            className={rung.kind === 'wait' ? 'ladder-wait' : 'ladder-work'}
          >
            <title>
              {t(rung.kind === 'wait' ? 'ladder.rungWaiting' : 'ladder.rungProcessing', {
                label: rung.label,
                time: formatDuration(rung.seconds, settings, { format }),
              })}
            </title>
          </rect>
        ))}
      </g>
    </g>
  );
}

/**
 * The two lead-time ladders, current above future, drawn to one time scale (see
 * ladder-layout.ts): waits on the upper rung, processing on the lower, the axis below both.
 */
export function LadderChart({ chart, settings, heading, fixedWidth }: LadderChartProps) {
  const { t } = useTranslation('comparison');
  const format = useLocaleFormat();
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementSize(ref).width;
  const outer = fixedWidth ?? measured;
  const width = Math.max(0, outer - LEFT - RIGHT);
  const layouts =
    outer > 0 ? chart.ladders.map((ladder) => titleLayout(ladder.title, totalsOf(ladder, settings, t, format), outer - LEFT - RIGHT)) : [];
  const rowHeights = layouts.map((layout) => ROW + extraLines(layout) * TITLE_LINE);
  const tops = rowHeights.map((_, index) => HEADING - 18 + rowHeights.slice(0, index).reduce((sum, row) => sum + row, 0));
  const axisY = HEADING + rowHeights.reduce((sum, row) => sum + row, 0);
  const height = axisY + AXIS;
  return (
    <section className="ladder-section" aria-label={t('ladder.label')}>
      <h3 className="ladder-heading">{heading ?? t('ladder.heading')}</h3>
      <div ref={ref} className="ladder-frame">
        {outer > 0 && (
          <svg
            width={outer}
            height={height}
            role="img"
            aria-label={chart.ladders
              .map((ladder) => t('ladder.spoken', { title: ladder.title, leadTime: formatDuration(ladder.leadTime, settings, { format }) }))
              .join('; ')}
          >
            {chart.ticks.map((tick) => (
              <g key={tick.label} className="ladder-tick">
                <line x1={LEFT + tick.at * width} x2={LEFT + tick.at * width} y1={HEADING} y2={axisY} />
                <text x={LEFT + tick.at * width} y={axisY + 20} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {chart.ladders.map((ladder, index) => (
              <LadderRow
                key={ladder.title}
                ladder={ladder}
                layout={layouts[index] ?? { lines: [ladder.title], totalsInline: true, totalsLines: [] }}
                top={tops[index] ?? 0}
                width={width}
                settings={settings}
              />
            ))}
          </svg>
        )}
      </div>
      <p className="ladder-legend">
        <span className="legend-wait" aria-hidden="true" /> {t('ladder.waiting')} <span className="legend-work" aria-hidden="true" />{' '}
        {t('ladder.processing')}
      </p>
    </section>
  );
}
