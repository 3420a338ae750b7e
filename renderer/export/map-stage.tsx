import { uiText } from '../ui-text/ui-text';
import type Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Layer, Rect as KonvaRect, Stage } from 'react-konva';
import { boundsOf, intersects, type Rect } from '../../shared/geometry/rect';
import type { MapDocument } from '../../shared/model/vsm-map';
import { drawnExtent } from '../canvas/shapes/drawn-extent';
import { FULL_DETAIL, PAPER } from '../canvas/shapes/shape-style';
import { connectorReach } from '../canvas/connectors/draw-connector';
import { CONNECTOR_NAME } from '../canvas/interaction/konva-targets';
import { StaticMapContent } from '../canvas/StaticMapContent';
import { recordedDefinitions, svgFile, svgRecorder, takeRecorded } from './svg-recorder';
import './export.css';

/**
 * Pictures of a map, drawn with the canvas's own shapes on a stage nobody sees: the report's map
 * pages, the PNG export and the copied image all come from here. The stage is scaled to paper
 * (or image) size, and each picture is one region of it at a pixel ratio, so text stays sharp.
 */
const MARGIN = 32;

const EMPTY_MAP: Rect = { x: 0, y: 0, width: 480, height: 270 };

/** What a picture of the map shows: everything drawn, with a margin (`extents`: each node's drawnExtent, when known already). */
export function mapImageBounds(doc: MapDocument, extents: readonly Rect[] = doc.nodes.map((node) => drawnExtent(node, doc.map.settings))): Rect {
  const content = boundsOf(extents);
  if (!content) return EMPTY_MAP;
  return { x: content.x - MARGIN, y: content.y - MARGIN, width: content.width + 2 * MARGIN, height: content.height + 2 * MARGIN };
}

export type MapStage = {
  /** A region of the map (canvas units) as a PNG data URL, `pixelRatio` image pixels per paper pixel. */
  dataUrl: (region: Rect, pixelRatio: number) => string;
  blob: (region: Rect, pixelRatio: number) => Promise<Blob>;
  /** A region of the map as an SVG file, in paper pixels from the region's corner. */
  svg: (region: Rect) => string;
};

function area(region: Rect, scale: number, pixelRatio: number) {
  return { x: region.x * scale, y: region.y * scale, width: region.width * scale, height: region.height * scale, pixelRatio, mimeType: 'image/png' };
}

/**
 * The same drawing calls a picture makes, recorded as SVG shapes and text instead of pixels: a
 * printed page keeps the map as vectors and its words as text that can be selected and searched.
 * Konva draws through its canvas's 2D context, so a recording context is lent to a scratch canvas.
 * Each thing on the stage is recorded once, on its own, with where it reaches; a region's picture
 * then holds only the things that reach into it (Konva does not cull), so a map cut into parts is
 * not printed whole, hidden, behind every part, and its overview and parts are not drawn anew.
 */
type Recorded = { markup: string; reaches: (region: Rect, window: Rect) => boolean };

type Recording = { definitions: string; pieces: Recorded[] };

/**
 * A node is a group of shapes whose bounds Konva knows; a connector is one shape that works out
 * its route as it draws, so its reach comes from the boxes it joins. Anything else is drawn.
 */
function reachOf(child: Konva.Node): Recorded['reaches'] {
  if (child.nodeType === 'Group') {
    const bounds = child.getClientRect();
    return (_region, window) => intersects(bounds, window);
  }
  if (child.name() === CONNECTOR_NAME) {
    const reach = connectorReach(child);
    return (region) => intersects(reach, region);
  }
  return () => true;
}

function record(stage: Konva.Stage): Recording {
  const recorder = svgRecorder(1, 1);
  const canvas = new SceneCanvas({ width: 1, height: 1, pixelRatio: 1 });
  canvas.getContext()._context = recorder;
  const pieces = stage
    .getLayers()
    .flatMap((layer): Konva.Node[] => layer.getChildren())
    .filter((child) => child.isVisible())
    .map((child) => {
      child.drawScene(canvas);
      return { markup: takeRecorded(recorder), reaches: reachOf(child) };
    });
  return { definitions: recordedDefinitions(recorder), pieces };
}

function svgOf({ definitions, pieces }: Recording, region: Rect, scale: number): string {
  const window = { x: region.x * scale, y: region.y * scale, width: region.width * scale, height: region.height * scale };
  const markup = pieces
    .filter((piece) => piece.reaches(region, window))
    .map((piece) => piece.markup)
    .join('');
  return svgFile(window, definitions, markup);
}

/** Draws the map at `scale` paper pixels per canvas unit, on white behind `background`, lends the stage to `draw`, and removes it. */
export async function withMapStage<T>(doc: MapDocument, scale: number, background: Rect, draw: (stage: MapStage) => T | Promise<T>): Promise<T> {
  const host = document.createElement('div');
  host.className = 'offscreen-map';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  const made: { stage: Konva.Stage | null } = { stage: null };
  try {
    flushSync(() =>
      root.render(
        <Stage ref={(stage) => void (made.stage = stage)} width={1} height={1} scaleX={scale} scaleY={scale} listening={false}>
          <Layer listening={false}>
            <KonvaRect {...background} fill={PAPER} />
            <StaticMapContent doc={doc} detail={FULL_DETAIL} />
          </Layer>
        </Stage>,
      ),
    );
    await document.fonts.ready;
    const drawn = made.stage;
    if (!drawn) throw new Error(uiText('exports:notDrawn'));
    let recording: Recording | null = null;
    return await draw({
      dataUrl: (region, pixelRatio) => drawn.toDataURL(area(region, scale, pixelRatio)),
      blob: (region, pixelRatio) => drawn.toBlob(area(region, scale, pixelRatio)),
      svg: (region) => svgOf((recording ??= record(drawn)), region, scale),
    });
  } finally {
    root.unmount();
    host.remove();
  }
}
