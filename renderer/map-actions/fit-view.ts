import { boundsOf } from '../../shared/geometry/rect';
import type { Id } from '../../shared/model/ids';
import { nodeExtent } from '../canvas/shapes/node-extent';
import type { MapEditor } from '../editor/map-editor';
import { fitRect, type Size } from '../editor/viewport';

/** Frames the given nodes (all of them with null) in the canvas, never zooming in beyond `maxScale`. */
export function fitView(editor: MapEditor, size: Size, ids: Iterable<Id> | null, maxScale: number): void {
  const { doc } = editor.getState();
  const wanted = ids ? new Set(ids) : null;
  const bounds = boundsOf(doc.nodes.filter((node) => !wanted || wanted.has(node.id)).map((node) => nodeExtent(node, doc.map.settings)));
  if (bounds) editor.setViewport(fitRect(bounds, size, 48, maxScale));
}
