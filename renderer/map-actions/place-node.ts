import { uiText } from '../ui-text/ui-text';
import { addNode } from '../../shared/editing/commands';
import { besideRight, freeSpot } from '../../shared/geometry/free-spot';
import type { Point } from '../../shared/geometry/rect';
import { newId } from '../../shared/model/ids';
import { defaultSize } from '../../shared/model/node-factory';
import type { NodeKind } from '../../shared/model/node-kinds';
import { nodeExtent } from '../canvas/shapes/node-extent';
import { revealRect, toCanvasPoint } from '../editor/viewport';
import type { ActionContext } from './action-types';

/** Kinds whose first job after being placed is to be named: typing goes straight into them. */
const NAMED_ON_PLACING: ReadonlySet<NodeKind> = new Set(['sticky-note', 'text', 'process', 'kaizen-burst']);

/**
 * Where a symbol added by a key or the palette goes: under the pointer when the pointer is over
 * the canvas (the facilitator points where it belongs), else beside the one selected node
 * (continuing a row), else mid-view; away from the pointer, never over another node.
 */
export function placeFor(context: ActionContext, kind: NodeKind, usePointer: boolean): Point {
  const pointer = usePointer ? context.pointer() : null;
  if (pointer) return pointer;
  const { doc, session } = context.editor.getState();
  const anchor = session.selection.size === 1 ? doc.nodes.find((node) => session.selection.has(node.id)) : undefined;
  const size = defaultSize(kind);
  const { width, height } = context.canvasSize();
  const wanted = anchor ? besideRight(anchor, size, 64) : toCanvasPoint(context.liveViewport(), { x: width / 2, y: height / 2 });
  return freeSpot(
    doc.nodes.map((node) => nodeExtent(node, doc.map.settings)),
    wanted,
    size,
  );
}

/** Adds a node centred at `at`, brings it into view, selects it and, for a kind that wants a name, starts typing in it. */
export function placeNode(context: ActionContext, kind: NodeKind, at: Point): void {
  const { editor } = context;
  const id = newId();
  if (!editor.execute(uiText('mapActions:edits.add'), (doc) => addNode(doc, { id, kind, at }))) return;
  const { doc } = editor.getState();
  const added = doc.nodes.find((node) => node.id === id);
  if (added) editor.setViewport(revealRect(context.liveViewport(), context.canvasSize(), nodeExtent(added, doc.map.settings)));
  editor.select([id]);
  editor.setTool('select');
  editor.setEditingId(NAMED_ON_PLACING.has(kind) ? id : null);
}
