import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegendEntry, StepMark } from '../../shared/comparison/step-marks';
import { boundsOf } from '../../shared/geometry/rect';
import type { MapDocument } from '../../shared/model/vsm-map';
import { fitMargin, valueStreamBounds } from '../canvas/fit-content';
import { nodeExtent } from '../canvas/shapes/node-extent';
import { useElementSize } from '../canvas/use-element-size';
import { fitRect, zoomAt, type Viewport } from '../editor/viewport';
import { DifferenceMarks } from './DifferenceMarks';
import { MARK_STYLE } from './difference-style';
import { ReadOnlyMap } from './ReadOnlyMap';

type ComparisonMapsProps = { current: MapDocument; future: MapDocument; marks: readonly StepMark[]; legend: readonly LegendEntry[] };

type Hover = { mark: StepMark; x: number; y: number };

const ZOOM_STEP = 1.25;

function fitBoth(current: MapDocument, future: MapDocument, size: { width: number; height: number }): Viewport {
  const streams = [current, future].flatMap((doc) => valueStreamBounds(doc.nodes, doc.map.settings) ?? []);
  return fitRect(boundsOf(streams), size, fitMargin(size), 1);
}

/**
 * Current and future state side by side, moving together: a derived future map shares the
 * current map's coordinates, so one viewport shows the same part of both. The future map carries
 * the difference overlay, with its details on hover and, for keyboards and screen readers, as a
 * list.
 */
export function ComparisonMaps({ current, future, marks, legend }: ComparisonMapsProps) {
  const { t } = useTranslation('comparison');
  const paneRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(paneRef);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // Until someone pans or zooms, the maps are kept fitted as the panes settle into their size.
  const [fitted, setFitted] = useState(true);

  const fit = useCallback(() => {
    setFitted(true);
    setViewport(fitBoth(current, future, size));
  }, [current, future, size]);
  useEffect(() => {
    if (size.width > 0 && fitted) setViewport(fitBoth(current, future, size));
  }, [size, fitted, current, future]);
  const move = useCallback((next: Viewport) => {
    setFitted(false);
    setViewport(next);
  }, []);

  const obstacles = useMemo(() => future.nodes.map((node) => nodeExtent(node, future.map.settings)), [future]);
  const view = viewport ?? { x: 0, y: 0, scale: 1 };
  const zoom = (factor: number) => move(zoomAt(view, { x: size.width / 2, y: size.height / 2 }, factor));
  const onHover = useCallback((mark: StepMark | null, at: { x: number; y: number } | null) => {
    setHover(mark && at ? { mark, x: at.x, y: at.y } : null);
  }, []);

  return (
    <section className="comparison-maps" aria-label={t('maps.label')}>
      <div className="comparison-pane">
        <div className="comparison-pane-heading">
          <h2>
            <span className="state-tag state-current">{t('current')}</span> {current.map.name}
          </h2>
          <div className="comparison-zoom" role="group" aria-label={t('maps.zoomBoth')}>
            <button
              type="button"
              className="button button-small"
              onClick={() => zoom(1 / ZOOM_STEP)}
              aria-label={t('maps.zoomOut')}
              title={t('maps.zoomOutTitle')}
            >
              −
            </button>
            <span className="comparison-zoom-readout" aria-label={t('maps.zoom')}>
              {Math.round(view.scale * 100)} %
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() => zoom(ZOOM_STEP)}
              aria-label={t('maps.zoomIn')}
              title={t('maps.zoomInTitle')}
            >
              +
            </button>
            <button type="button" className="button button-small" onClick={fit} title={t('maps.fitTitle')}>
              {t('maps.fit')}
            </button>
          </div>
        </div>
        <div className="comparison-stage" ref={paneRef} data-testid="current-map">
          <ReadOnlyMap doc={current} viewport={view} size={size} onViewportChange={move} />
        </div>
      </div>
      <div className="comparison-pane">
        <div className="comparison-pane-heading">
          <h2>
            <span className="state-tag state-future">{t('future')}</span> {future.map.name}
          </h2>
          <ul className="difference-legend" aria-label={t('maps.legend')}>
            {legend
              .filter(({ count }) => count > 0)
              .map(({ kind, text }) => (
                <li key={kind} style={{ borderColor: MARK_STYLE[kind].color }}>
                  <span className="legend-swatch" style={{ background: MARK_STYLE[kind].color }} aria-hidden="true" />
                  {text}
                </li>
              ))}
          </ul>
        </div>
        <div
          className="comparison-stage"
          data-testid="future-map"
          data-viewport={`${view.x.toFixed(1)},${view.y.toFixed(1)},${view.scale.toFixed(3)}`}
        >
          <ReadOnlyMap
            doc={future}
            viewport={view}
            size={size}
            onViewportChange={move}
            overlay={<DifferenceMarks marks={marks} obstacles={obstacles} scale={view.scale} onHover={onHover} />}
          />
          {hover && (
            <div className="difference-tooltip" role="tooltip" style={{ left: hover.x + 16, top: hover.y + 16 }}>
              <strong style={{ color: MARK_STYLE[hover.mark.kind].color }}>{hover.mark.label}</strong>
              {hover.mark.lines.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </div>
          )}
          <ul className="visually-hidden" aria-label={t('maps.differences')}>
            {marks.map((mark) => (
              <li key={`${mark.kind}-${mark.nodeId}`} data-kind={mark.kind}>
                {t('maps.spokenMark', { word: t(`marks.${mark.kind}`), label: mark.label, lines: mark.lines.join('; ') })}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
