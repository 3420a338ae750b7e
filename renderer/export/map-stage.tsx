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
import { recordedSvg, svgRecorder } from './svg-recorder';
import './export.css';

/**
 * Pictures of a map, drawn with the canvas's own shapes on a stage nobody sees: the report's map
 * pages, the PNG export and the copied image all come from here. The stage is scaled to paper
 * (or image) size, and each picture is one region of it at a pixel ratio, so text stays sharp.
 */
const MARGIN = 32;

const EMPTY_MAP: Rect = { x: 0, y: 0, width: 480, height: 270 };

/** What a picture of the map shows: everything drawn, with a margin. */
export function mapImageBounds(doc: MapDocument): Rect {
  const content = boundsOf(doc.nodes.map((node) => drawnExtent(node, doc.map.settings)));
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
 * Konva draws each layer through its canvas's 2D context, so a recording context is lent to a
 * scratch canvas for the one draw. Only nodes that reach into the region are drawn (Konva does
 * not cull), so a map cut into parts is not printed whole, hidden, behind every part.
 */
/**
 * A node is a group of shapes whose bounds Konva knows; a connector is one shape that works out
 * its route as it draws, so its reach comes from the boxes it joins. Anything else is drawn.
 */
function isOutside(child: Konva.Node, region: Rect, window: Rect): boolean {
  if (child.nodeType === 'Group') return !intersects(child.getClientRect(), window);
  if (child.name() === CONNECTOR_NAME) return !intersects(connectorReach(child), region);
  return false;
}

function svgOf(stage: Konva.Stage, region: Rect, scale: number): string {
  const window = { x: region.x * scale, y: region.y * scale, width: region.width * scale, height: region.height * scale };
  const recorder = svgRecorder(window.width, window.height);
  const canvas = new SceneCanvas({ width: 1, height: 1, pixelRatio: 1 });
  const context = canvas.getContext();
  context._context = recorder;
  context.translate(-window.x, -window.y);
  const outside = stage
    .getLayers()
    .flatMap((layer): Konva.Node[] => layer.getChildren())
    .filter((child) => child.isVisible() && isOutside(child, region, window));
  for (const child of outside) child.visible(false);
  try {
    for (const layer of stage.getLayers()) {
      const clears = layer.clearBeforeDraw();
      layer.clearBeforeDraw(false);
      layer.drawScene(canvas);
      layer.clearBeforeDraw(clears);
    }
  } finally {
    for (const child of outside) child.visible(true);
  }
  return recordedSvg(recorder, window.width, window.height);
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
    return await draw({
      dataUrl: (region, pixelRatio) => drawn.toDataURL(area(region, scale, pixelRatio)),
      blob: (region, pixelRatio) => drawn.toBlob(area(region, scale, pixelRatio)),
      svg: (region) => svgOf(drawn, region, scale),
    });
  } finally {
    root.unmount();
    host.remove();
  }
}
