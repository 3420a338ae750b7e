import { centre, type Rect } from '../geometry/rect';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';

/**
 * Which process step a kaizen burst is about. A burst is drawn on or next to the step it
 * improves, so: a step the burst overlaps, the most overlapped first; otherwise the step whose
 * centre is nearest the burst's. The action plan offers this as the action's step, and the
 * facilitator can change it.
 */
function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function distance(a: Rect, b: Rect): number {
  const p = centre(a);
  const q = centre(b);
  return Math.hypot(p.x - q.x, p.y - q.y);
}

export function stepNearBurst(doc: MapDocument, burstId: Id): Id | null {
  const burst = doc.nodes.find((node) => node.id === burstId);
  if (!burst) return null;
  const steps = doc.nodes.filter((node) => node.kind === 'process');
  const overlapping = steps.filter((step) => overlapArea(step, burst) > 0);
  const ranked =
    overlapping.length > 0
      ? overlapping.sort((a, b) => overlapArea(b, burst) - overlapArea(a, burst))
      : steps.sort((a, b) => distance(a, burst) - distance(b, burst));
  return ranked[0]?.id ?? null;
}

export function kaizenBursts(doc: MapDocument): MapNode[] {
  return doc.nodes.filter((node) => node.kind === 'kaizen-burst').sort((a, b) => a.x - b.x || a.y - b.y);
}
