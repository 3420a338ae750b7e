import type { Rect } from '../../shared/geometry/rect';
import type { MapDocument } from '../../shared/model/vsm-map';
import { contentArea, CSS_PX_PER_MM } from '../../shared/report/paper';
import { partsWithContent, planMapPages, type MapPagePlan } from '../../shared/report/map-pages';
import type { PaperSize } from '../../shared/report/report-page';
import { drawnExtent } from '../canvas/shapes/drawn-extent';
import { mapImageBounds, withMapStage } from '../export/map-stage';

/**
 * The pictures of one map for the report: each part of its page plan (see map-pages.ts) that has
 * something on it and, for a split map, the overview. Each is a vector drawing (SVG) of what lies
 * in its region: printed, the map stays sharp at any zoom, its words stay text, and the file holds
 * no page-sized images (rasters at print resolution made a two-map report ten times the size of a
 * one-page print). A map page keeps room above the picture for its heading and below for a line
 * of caption.
 *
 * Each drawing is an SVG file the page shows as an image, not markup in the page: an image is laid
 * out once, on its own, while the thousands of shapes and words of a big map inline in the page
 * were laid out again with the whole report at every pass of printing (a two-map report of 500
 * nodes each spent more than a second there).
 */
export type MapDrawing = {
  /** What is drawn, in canvas units. */
  region: Rect;
  /** An object URL of the SVG file, in paper pixels from the region's corner at the plan's scale; see releaseMapPictures. */
  url: string;
};

/**
 * `overviewScale` is the plan's, less the room a part's number may need above the overview: at
 * the plan's own scale a number set above it pushed the caption onto a page of its own.
 */
export type MapPictures = {
  bounds: Rect;
  plan: MapPagePlan;
  parts: Rect[];
  nodes: Rect[];
  pictures: MapDrawing[];
  overview: MapDrawing | null;
  overviewScale: number | null;
};

/** A part's number on the overview, in paper pixels: room for "12" in the mark's type. */
export const PART_LABEL_PX = { width: 30, height: 24 };

/** Millimetres of a landscape map page that its heading and caption take. */
const HEADING_MM = 13;
const CAPTION_MM = 8;

export function mapArea(paper: PaperSize): { width: number; height: number } {
  const content = contentArea(paper, 'landscape');
  return { width: content.width * CSS_PX_PER_MM, height: (content.height - HEADING_MM - CAPTION_MM) * CSS_PX_PER_MM };
}

function union(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((rect) => rect.x));
  const top = Math.min(...rects.map((rect) => rect.y));
  const right = Math.max(...rects.map((rect) => rect.x + rect.width));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export async function drawMapPictures(doc: MapDocument, paper: PaperSize): Promise<MapPictures> {
  const nodes = doc.nodes.map((node) => drawnExtent(node, doc.map.settings));
  const bounds = mapImageBounds(doc, nodes);
  const plan = planMapPages(bounds, mapArea(paper), nodes);
  const parts = plan.parts.length === 1 ? plan.parts : partsWithContent(plan.parts, nodes);
  return withMapStage(doc, plan.scale, union([bounds, ...plan.parts]), (stage) => {
    const drawing = (region: Rect): MapDrawing => ({ region, url: URL.createObjectURL(new Blob([stage.svg(region)], { type: 'image/svg+xml' })) });
    const overviewScale =
      plan.overviewScale === null ? null : Math.min(plan.overviewScale, (mapArea(paper).height - PART_LABEL_PX.height) / bounds.height);
    return {
      bounds,
      plan,
      parts,
      nodes,
      pictures: parts.map(drawing),
      overview: plan.overviewScale === null ? null : drawing(bounds),
      overviewScale,
    };
  });
}

/** Lets the browser drop the drawings' files once the report no longer shows them. */
export function releaseMapPictures(pictures: readonly MapPictures[]): void {
  for (const { pictures: parts, overview } of pictures) {
    for (const drawing of overview ? [overview, ...parts] : parts) URL.revokeObjectURL(drawing.url);
  }
}
