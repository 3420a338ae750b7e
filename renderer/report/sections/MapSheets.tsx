import type { Rect } from '../../../shared/geometry/rect';
import type { MapReport } from '../../../shared/report/report-contents';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { MIN_PRINT_SCALE, partLabelPlace } from '../../../shared/report/map-pages';
import { PART_LABEL_PX, type MapDrawing, type MapPictures } from '../map-pictures';
import { Sheet } from '../Sheet';
import { FlowSheet } from './FlowSheet';
import { MapFigures } from './MapFigures';
import { leadTimeLine, sourceLine } from '../../../shared/event-log/source-line';

/** The part of `part` that lies within `bounds`: what the overview outlines. */
function within(part: Rect, bounds: Rect): Rect {
  const x = Math.max(part.x, bounds.x);
  const y = Math.max(part.y, bounds.y);
  return {
    x,
    y,
    width: Math.min(part.x + part.width, bounds.x + bounds.width) - x,
    height: Math.min(part.y + part.height, bounds.y + bounds.height) - y,
  };
}

/** A map drawing filling its box, whatever the box's scale (the overview's is smaller than the parts'). */
function Drawing({ drawing, label }: { drawing: MapDrawing; label: string }) {
  return <img src={drawing.url} alt={label} />;
}

/** The map's heading: its kind above its name, so “Current state” is not said twice. */
function MapHeading({ map, part }: { map: MapReport; part?: string }) {
  const format = useLocaleFormat();
  const { t } = useTranslation('report');
  return (
    <header className="map-heading">
      <span className="sheet-kicker">{map.doc.map.state === 'current' ? t('map.currentKind') : t('map.futureKind')}</span>
      <h2 className="sheet-title">
        {map.doc.map.name}
        {part && <span className="sheet-title-part"> · {part}</span>}
      </h2>
      {map.doc.map.settings.eventLog && (
        <p className="map-source">
          {sourceLine(map.doc.map.settings.eventLog, format)} {leadTimeLine(map.doc.map.settings.eventLog, format)}
        </p>
      )}
    </header>
  );
}

/**
 * A map on landscape pages: on one page when it fits at a legible size, else an overview with
 * the parts marked and then each part on its own page; then its timeline and figures.
 */
export function MapSheets({ map, pictures, width }: { map: MapReport; pictures: MapPictures; width: number }) {
  const { t } = useTranslation('report');
  const format = useLocaleFormat();
  const { plan, bounds, parts, nodes } = pictures;
  const scale = format.percent(plan.scale);
  const title = map.doc.map.name;
  const size = (width: number, height: number, scale: number) => ({ width: width * scale, height: height * scale });
  const count = parts.length;
  const overview = pictures.overviewScale;
  const labelSize = overview === null ? PART_LABEL_PX : { width: PART_LABEL_PX.width / overview, height: PART_LABEL_PX.height / overview };
  const marks = parts.map((part) => {
    const outline = within(part, bounds);
    return { outline, label: partLabelPlace(outline, nodes, labelSize, bounds) };
  });
  return (
    <>
      {pictures.overview !== null && overview !== null && (
        <Sheet orientation="landscape" label={t('map.overviewLabel', { title })} className="map-sheet">
          <MapHeading map={map} part={t('map.wholeMap')} />
          <div
            className="map-picture"
            style={{ ...size(bounds.width, bounds.height, overview), marginTop: marks.some(({ label }) => label.outside) ? PART_LABEL_PX.height : 0 }}
          >
            <Drawing drawing={pictures.overview} label={t('map.wholeMapAlt', { title })} />
            {marks.map(({ outline, label }, index) => (
              <Fragment key={index}>
                <span
                  className="map-part-outline"
                  style={{
                    left: (outline.x - bounds.x) * overview,
                    top: (outline.y - bounds.y) * overview,
                    ...size(outline.width, outline.height, overview),
                  }}
                />
                <span
                  className="map-part-number"
                  style={{ left: (label.x - bounds.x) * overview, top: (label.y - bounds.y) * overview, ...PART_LABEL_PX }}
                >
                  {index + 1}
                </span>
              </Fragment>
            ))}
          </div>
          <p className="map-caption">{t('map.overviewCaption', { count, scale })}</p>
        </Sheet>
      )}
      {pictures.pictures.map((drawing, index) => (
        <Sheet
          key={index}
          orientation="landscape"
          label={count > 1 ? t('map.partLabel', { title, index: index + 1, count }) : title}
          className="map-sheet"
        >
          <MapHeading map={map} {...(count > 1 ? { part: t('map.part', { index: index + 1, count }) } : {})} />
          <div className="map-picture" style={size(drawing.region.width, drawing.region.height, plan.scale)}>
            <Drawing drawing={drawing} label={count > 1 ? t('map.partAlt', { title, index: index + 1 }) : title} />
          </div>
          {count === 1 && plan.scale < MIN_PRINT_SCALE * 1.5 && <p className="map-caption">{t('map.scaleCaption', { scale })}</p>}
        </Sheet>
      ))}
      <Sheet orientation="landscape" label={t('map.figuresLabel', { title })}>
        <MapHeading map={map} part={t('map.figuresPart')} />
        <MapFigures map={map} width={width} />
      </Sheet>
      <FlowSheet map={map} width={width} />
    </>
  );
}
