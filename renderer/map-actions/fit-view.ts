import { boundsOf } from '../../shared/geometry/rect';
import type { Id } from '../../shared/model/ids';
import { fitMargin, fitValueStream } from '../canvas/fit-content';
import { nodeExtent } from '../canvas/shapes/node-extent';
import type { MapEditor } from '../editor/map-editor';
import { fitRect, type Size } from '../editor/viewport';

/** Frames the given nodes (with null, the map's value stream) in the canvas, never zooming in beyond `maxScale`. */
export function fitView(editor: MapEditor, size: Size, ids: Iterable<Id> | null, maxScale: number): void {
  const { doc } = editor.getState();
  if (ids === null) {
    const viewport = fitValueStream(doc.nodes, doc.map.settings, size, maxScale);
    if (viewport) editor.setViewport(viewport);
    return;
  }
  const wanted = new Set(ids);
  const bounds = boundsOf(doc.nodes.filter((node) => wanted.has(node.id)).map((node) => nodeExtent(node, doc.map.settings)));
  if (bounds) editor.setViewport(fitRect(bounds, size, fitMargin(size), maxScale));
}
