import { useCallback, useRef, type RefObject } from 'react';
import { deleteKeepingFlow } from '../../shared/editing/commands-delete';
import { alignNodes, distributeNodes, nudgeNodes, restackNodes } from '../../shared/editing/commands-arrange';
import { connectInOrder } from '../../shared/editing/commands-connect';
import { duplicateNodes } from '../../shared/editing/commands-paste';
import type { AlignEdge, DistributeAxis } from '../../shared/geometry/align';
import { boundsOf } from '../../shared/geometry/rect';
import type { ConnectorKind } from '../../shared/model/connector';
import { newId, type Id } from '../../shared/model/ids';
import type { NodeKind } from '../../shared/model/node-kinds';
import type { CanvasTool } from '../canvas/interaction/use-stage-gestures';
import { nodeExtent } from '../canvas/shapes/node-extent';
import { fitMargin, fitValueStream } from '../canvas/fit-content';
import { fitRect, zoomAt, type Size, type Viewport } from '../canvas/viewport';
import type { MapCommand } from './keyboard-shortcuts';
import type { MapEditor } from './map-editor';

export type CommandContext = {
  editor: MapEditor;
  selection: ReadonlySet<Id>;
  setSelection: (ids: Iterable<Id>) => void;
  setEditingId: (id: Id | null) => void;
  liveViewport: RefObject<Viewport>;
  setViewport: (viewport: Viewport) => void;
  size: Size;
  tool: CanvasTool;
  setTool: (tool: CanvasTool) => void;
  connectorKind: ConnectorKind;
  toggleSnap: () => void;
  presenting: boolean;
  setPresenting: (presenting: boolean) => void;
  openShortcuts: () => void;
  addAtCentre: (kind: NodeKind) => void;
  clipboard: { copy: () => void; cut: () => void; paste: () => void };
};

const BUTTON_ZOOM_STEP = 1.25;
const NUDGE = 1;
const NUDGE_FAR = 20;

const ALIGN: Partial<Record<MapCommand, AlignEdge>> = {
  'align-left': 'left',
  'align-centre': 'centre',
  'align-right': 'right',
  'align-top': 'top',
  'align-middle': 'middle',
  'align-bottom': 'bottom',
};

const DISTRIBUTE: Partial<Record<MapCommand, DistributeAxis>> = {
  'distribute-horizontal': 'horizontal',
  'distribute-vertical': 'vertical',
};

const NUDGES: Partial<Record<MapCommand, [number, number]>> = {
  'nudge-left': [-1, 0],
  'nudge-right': [1, 0],
  'nudge-up': [0, -1],
  'nudge-down': [0, 1],
};

const ADD: Partial<Record<MapCommand, NodeKind>> = {
  'add-note': 'sticky-note',
  'add-process': 'process',
  'add-inventory': 'inventory',
  'add-kaizen-burst': 'kaizen-burst',
  'add-text': 'text',
};

/** Turns every map command, from a key, a button or the palette, into edits and view changes. */
export function useMapCommands(context: CommandContext) {
  const latest = useRef(context);
  latest.current = context;

  const fitTo = useCallback((ids: Iterable<Id> | null, maxScale: number) => {
    const { editor, size, setViewport } = latest.current;
    const { doc } = editor.getState();
    const wanted = ids ? new Set(ids) : null;
    const chosen = wanted && boundsOf(doc.nodes.filter((node) => wanted.has(node.id)).map((node) => nodeExtent(node, doc.map.settings)));
    const viewport = wanted ? chosen && fitRect(chosen, size, fitMargin(size), maxScale) : fitValueStream(doc.nodes, doc.map.settings, size, maxScale);
    if (viewport) setViewport(viewport);
  }, []);

  return useCallback(
    (command: MapCommand, options: { far?: boolean } = {}) => {
      const ctx = latest.current;
      const { editor, selection } = ctx;
      const viewport = ctx.liveViewport.current;
      const selected = [...selection];
      const centre = { x: ctx.size.width / 2, y: ctx.size.height / 2 };
      const addKind = ADD[command];
      if (addKind) return ctx.addAtCentre(addKind);
      const edge = ALIGN[command];
      if (edge) return editor.execute('Align', (doc) => alignNodes(doc, selected, edge));
      const axis = DISTRIBUTE[command];
      if (axis) return editor.execute('Distribute', (doc) => distributeNodes(doc, selected, axis));
      const nudge = NUDGES[command];
      if (nudge) {
        const step = options.far ? NUDGE_FAR : NUDGE;
        if (selected.length > 0) return editor.execute('Move', (doc) => nudgeNodes(doc, selected, nudge[0] * step, nudge[1] * step));
        return ctx.setViewport({ ...viewport, x: viewport.x - nudge[0] * step * 10, y: viewport.y - nudge[1] * step * 10 });
      }
      switch (command) {
        case 'connect-tool':
          return ctx.setTool(ctx.tool === 'connect' ? 'select' : 'connect');
        case 'connect-selected':
          return editor.execute('Connect', (doc) => connectInOrder(doc, selected, ctx.connectorKind, newId));
        case 'delete':
          ctx.setEditingId(null);
          return editor.execute('Delete', (doc) => deleteKeepingFlow(doc, selected, newId));
        case 'duplicate': {
          let ids: Id[] = [];
          editor.execute('Duplicate', (doc) => {
            const placed = duplicateNodes(doc, selected, newId);
            ids = placed.nodeIds;
            return placed.changes;
          });
          if (ids.length > 0) ctx.setSelection(ids);
          return;
        }
        case 'copy':
          return ctx.clipboard.copy();
        case 'cut':
          return ctx.clipboard.cut();
        case 'paste':
          return ctx.clipboard.paste();
        case 'undo':
          ctx.setEditingId(null);
          return editor.undo();
        case 'redo':
          ctx.setEditingId(null);
          return editor.redo();
        case 'edit-text':
          if (selected.length === 1 && editor.getState().doc.nodes.some((node) => node.id === selected[0])) ctx.setEditingId(selected[0]!);
          return;
        case 'select-all': {
          const { doc } = editor.getState();
          return ctx.setSelection(doc.nodes.map((node) => node.id));
        }
        case 'deselect':
          if (ctx.tool === 'connect') ctx.setTool('select');
          else if (ctx.presenting) ctx.setPresenting(false);
          return ctx.setSelection([]);
        case 'bring-to-front':
          return editor.execute('Bring to front', (doc) => restackNodes(doc, selected, 'front'));
        case 'send-to-back':
          return editor.execute('Send to back', (doc) => restackNodes(doc, selected, 'back'));
        case 'toggle-snap':
          return ctx.toggleSnap();
        case 'zoom-in':
          return ctx.setViewport(zoomAt(viewport, centre, BUTTON_ZOOM_STEP));
        case 'zoom-out':
          return ctx.setViewport(zoomAt(viewport, centre, 1 / BUTTON_ZOOM_STEP));
        case 'zoom-reset':
          return ctx.setViewport(zoomAt(viewport, centre, 1 / viewport.scale));
        case 'zoom-fit':
          return fitTo(null, 1);
        case 'zoom-selection':
          return fitTo(selected.length > 0 ? selected : null, 2);
        case 'present':
          return ctx.setPresenting(!ctx.presenting);
        case 'shortcuts':
          return ctx.openShortcuts();
        default:
          // The add, align, distribute and nudge commands, handled above from their tables.
          return undefined;
      }
    },
    [fitTo],
  );
}
