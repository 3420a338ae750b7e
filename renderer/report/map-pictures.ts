import type { Rect } from '../../shared/geometry/rect';
import type { MapDocument } from '../../shared/model/vsm-map';
import { contentArea, CSS_PX_PER_MM } from '../../shared/report/paper';
import { partsWithContent, planMapPages, type MapPagePlan } from '../../shared/report/map-pages';
import type { PaperSize } from '../../shared/report/report-page';
import { drawnExtent } from '../canvas/shapes/drawn-extent';
import { mapImageBounds, withMapStage } from '../export/map-stage';

/**
 * The pictures of one map for the report: each part of its page plan (see map-pages.ts) that has
 * something on it and, for a split map, the overview, drawn at two image pixels per paper pixel
 * (about 190 dpi: sharp notes at a third of the size of 290 dpi). A map page keeps room above the
 * picture for its heading and below for a line of caption.
 */
export type MapPictures = { bounds: Rect; plan: MapPagePlan; parts: Rect[]; nodes: Rect[]; pictures: string[]; overview: string | null };

export const PRINT_PIXEL_RATIO = 2;

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
  const bounds = mapImageBounds(doc);
  const nodes = doc.nodes.map((node) => drawnExtent(node, doc.map.settings));
  const plan = planMapPages(bounds, mapArea(paper), nodes);
  const parts = plan.parts.length === 1 ? plan.parts : partsWithContent(plan.parts, nodes);
  return withMapStage(doc, plan.scale, union([bounds, ...plan.parts]), (stage) => ({
    bounds,
    plan,
    parts,
    nodes,
    pictures: parts.map((part) => stage.dataUrl(part, PRINT_PIXEL_RATIO)),
    overview: plan.overviewScale === null ? null : stage.dataUrl(bounds, (PRINT_PIXEL_RATIO * plan.overviewScale) / plan.scale),
  }));
}
