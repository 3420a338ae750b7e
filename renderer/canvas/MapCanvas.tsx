import { uiText } from '../ui-text/ui-text';
import type Konva from 'konva';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Layer, Stage } from 'react-konva';
import { editText, moveNodes, storedText, type NodeMove } from '../../shared/editing/commands';
import { resizeNode } from '../../shared/editing/commands-arrange';
import { connectNodes } from '../../shared/editing/commands-connect';
import type { Point, Rect } from '../../shared/geometry/rect';
import { newId } from '../../shared/model/ids';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import { NODE_KINDS, type NodeKind } from '../../shared/model/node-kinds';
import { isOneOf } from '../../shared/util/is-one-of';
import type { SessionState } from '../editor/editor-state';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';
import { ConnectorList, NodeList } from './CanvasContent';
import { canvasTarget } from './interaction/konva-targets';
import { createOverlay, type Overlay } from './interaction/overlay';
import { useNodeDrag } from './interaction/use-node-drag';
import { useStageGestures } from './interaction/use-stage-gestures';
import { GRID_PITCH, useViewportControl } from './interaction/use-viewport-control';
import { isTypingTarget } from './keyboard-focus';
import { MapContentsList } from './MapContentsList';
import { NoteTextEditor } from './NoteTextEditor';
import { SelectionSourceContext, type SelectionSource } from './selection-source';
import { SelectionTools } from './SelectionTools';
import { nodeExtent } from './shapes/node-extent';
import { useAnchors } from './use-anchors';
import { NodeDragContext } from './shapes/node-drag-context';
import type { IssueLevel } from './shapes/shape-props';
import { detailForScale } from './shapes/shape-style';
import { useAfterPaint } from './use-after-paint';
import { useElementSize } from './use-element-size';
import { ViewScaleContext } from './view-scale';
import { toCanvasPoint, type Size, type Viewport } from '../editor/viewport';

export type MapCanvasProps = {
  editor: MapEditor;
  /** Where the canvas looks this moment, also during a zoom or pan gesture that has not settled yet. */
  liveViewport: RefObject<Viewport>;
  /** Kept up to date with the pointer's screen position over the canvas (null when it is elsewhere). */
  pointer: RefObject<Point | null>;
  issues: ReadonlyMap<Id, IssueLevel>;
  onSizeChange?: (size: Size) => void;
  /** A symbol placed at a map point: double-click on the wall, or dropped from the palette. */
  onAddNode: (kind: NodeKind, at: Point) => void;
  /** Filled with what the map screen's keys reach inside the canvas (Escape ends a gesture, Space pans). */
  controls: RefObject<CanvasControls | null>;
  /** Drawn above the map in map coordinates (voting dots, click targets of the facilitation tools). */
  overlay?: ReactNode;
};

export type CanvasControls = {
  /** Ends a drag (the nodes go back) or an arrow being drawn; answers whether one was under way. */
  cancelGesture: () => boolean;
  /** Space held: a drag pans instead of moving or selecting. */
  holdToPan: (held: boolean) => void;
};

const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, scale: 1 };

/** The data type a palette item carries when dragged onto the canvas. */
export const NODE_KIND_DRAG_TYPE = 'application/x-vsw-node-kind';

/** Snapping pitch: half the dot grid drawn behind the map. */
const SNAP_PITCH = GRID_PITCH / 2;

/**
 * The map's wall, on two canvases: the map layer (nodes, then the connectors over them) and the
 * interaction layer (whatever is being dragged, resize and connect handles, marquee, guides,
 * rubber band). Two, not more, because every canvas costs the browser a full-screen composite
 * each frame. It keeps no map state of its own: it reads the editor and sends every edit to it,
 * which refuses edits in a read-only mode whatever the canvas lets through.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { editor, issues } = props;
  const doc = useEditor(editor, (state) => state.doc);
  const { selection, editingId, tool, snapToGrid, mode } = useEditor(editor, (state) => state.session, sameCanvasSession);
  const settledViewport = useEditor(editor, (state) => state.session.viewport);
  const viewport = settledViewport ?? DEFAULT_VIEWPORT;
  const readOnly = mode !== 'editing';
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const mapLayer = useRef<Konva.Layer>(null);
  const interactionLayer = useRef<Konva.Layer>(null);
  const overlay = useRef<Overlay | null>(null);
  const spaceHeld = useRef(false);
  const [panReady, setPanReady] = useState(false);
  const size = useElementSize(containerRef);
  const { onSizeChange } = props;
  useEffect(() => onSizeChange?.(size), [size, onSizeChange]);

  const settings = doc.map.settings;
  const nodesById = useMemo(() => new Map<Id, MapNode>(doc.nodes.map((node) => [node.id, node])), [doc.nodes]);
  const extents = useMemo(() => new Map<Id, Rect>(doc.nodes.map((node) => [node.id, nodeExtent(node, settings)])), [doc.nodes, settings]);
  const anchors = useAnchors(doc.nodes, settings);

  const live = props.liveViewport;
  const { onWheel, startPan, sharpen, culled } = useViewportControl({
    stage: stageRef,
    nodesLayer: mapLayer,
    container: containerRef,
    viewport,
    live,
    size,
    extents,
    onCommit: editor.setViewport,
  });

  // The hidden contents list comes once the wall's first picture is on screen.
  const contentsListed = useAfterPaint(culled);

  // The wall is drawn first where it will be seen (the map fitted to the screen once the canvas has a
  // size), not at 100 % with every note's text set and then again.
  const stageReady = size.width > 0 && settledViewport !== null;
  /**
   * Konva keeps a press on the wall from moving the focus, so a field being typed in (the
   * inspector's, say) would keep it and lose what was typed when the click selects another node.
   * Leaving it first saves it, as clicking anywhere else on the page does.
   */
  const leaveField = useCallback((target: EventTarget) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== target && isTypingTarget(active)) active.blur();
  }, []);
  useEffect(() => {
    const layer = interactionLayer.current;
    if (!stageReady || !layer) return;
    overlay.current = createOverlay(layer);
    return () => {
      overlay.current?.destroy();
      overlay.current = null;
    };
  }, [stageReady]);

  const onConnect = useCallback(
    (fromId: Id, toId: Id) => {
      const id = newId();
      const kind = editor.getState().session.connectorKind;
      if (editor.execute(uiText('canvas:edits.connect'), (current) => connectNodes(current, { id, kind, fromId, toId }))) editor.select([id]);
    },
    [editor],
  );
  const onMoveNodes = useCallback(
    (moves: NodeMove[]) => void editor.execute(uiText('canvas:edits.move'), (current) => moveNodes(current, moves)),
    [editor],
  );

  const gestures = useStageGestures({
    stage: stageRef,
    overlay,
    live,
    nodes: doc.nodes,
    extents,
    selection,
    tool,
    readOnly,
    spaceHeld,
    startPan,
    onSelect: editor.select,
    onConnect,
  });

  const drag = useNodeDrag({
    layers: { map: mapLayer, drag: interactionLayer },
    overlay,
    live,
    size,
    boxes: nodesById,
    anchors,
    selection,
    spaceHeld,
    snapToGrid,
    gridPitch: SNAP_PITCH,
    onDragStarted: gestures.onDragStarted,
    onMoveNodes,
  });

  const { controls } = props;
  const { cancel: cancelDrag } = drag;
  const { cancelConnecting } = gestures;
  useEffect(() => {
    controls.current = {
      cancelGesture: () => cancelDrag() || cancelConnecting(),
      holdToPan(held) {
        spaceHeld.current = held;
        setPanReady(held);
      },
    };
    return () => {
      controls.current = null;
    };
  }, [controls, cancelDrag, cancelConnecting]);

  const { onAddNode } = props;
  const onDblClick = useCallback(
    (event: Konva.KonvaEventObject<MouseEvent>) => {
      if (readOnly) return;
      const target = canvasTarget(event.target);
      if (target.type === 'node') editor.setEditingId(target.id);
      if (target.type !== 'empty') return;
      const pointer = event.target.getStage()?.getPointerPosition();
      if (pointer) onAddNode('sticky-note', toCanvasPoint(live.current, pointer));
    },
    [readOnly, editor, onAddNode, live],
  );

  const onDrop = (event: React.DragEvent<HTMLDivElement>) => {
    const kind = event.dataTransfer.getData(NODE_KIND_DRAG_TYPE);
    const box = containerRef.current?.getBoundingClientRect();
    if (readOnly || !box || !isOneOf(NODE_KINDS, kind)) return;
    event.preventDefault();
    props.onAddNode(kind, toCanvasPoint(live.current, { x: event.clientX - box.left, y: event.clientY - box.top }));
  };

  const selectionSource = useMemo<SelectionSource>(
    () => ({ subscribe: editor.subscribe, selection: () => editor.getState().session.selection }),
    [editor],
  );
  const onSelectListed = useCallback((id: Id, add: boolean) => editor.select([id], add ? 'toggle' : 'replace'), [editor]);
  const onResizeNode = useCallback(
    (id: Id, rect: Rect) => void editor.execute(uiText('canvas:edits.resize'), (current) => resizeNode(current, id, rect)),
    [editor],
  );
  const onlySelected = selection.size === 1 ? (nodesById.get([...selection][0]!) ?? null) : null;
  const editingNode = editingId ? nodesById.get(editingId) : undefined;
  const detail = detailForScale(viewport.scale);
  const draggable = tool === 'select' && !readOnly;
  const cursor = panReady ? 'grab' : tool === 'connect' ? 'crosshair' : 'default';

  return (
    <div
      ref={containerRef}
      className="map-canvas"
      data-testid="map-canvas"
      data-tool={tool}
      style={{ cursor }}
      onPointerDownCapture={(event) => {
        leaveField(event.target);
        sharpen();
      }}
      onPointerMove={(event) => {
        const box = containerRef.current?.getBoundingClientRect();
        if (box) props.pointer.current = { x: event.clientX - box.left, y: event.clientY - box.top };
      }}
      onPointerLeave={() => {
        props.pointer.current = null;
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(NODE_KIND_DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={onDrop}
    >
      {stageReady && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          onWheel={onWheel}
          onMouseDown={gestures.onMouseDown}
          onMouseUp={gestures.onMouseUp}
          onDblClick={onDblClick}
          onContextMenu={(event) => event.evt.preventDefault()}
        >
          <Layer ref={mapLayer} visible={culled}>
            <NodeDragContext value={drag.handlers}>
              <SelectionSourceContext value={selectionSource}>
                <NodeList nodes={doc.nodes} editingId={editingId} issues={issues} detail={detail} settings={settings} draggable={draggable} />
              </SelectionSourceContext>
            </NodeDragContext>
            <ConnectorList connectors={doc.connectors} anchors={anchors} selection={selection} detail={detail} />
          </Layer>
          <Layer ref={interactionLayer}>
            <ViewScaleContext value={viewport.scale}>{props.overlay}</ViewScaleContext>
            <SelectionTools
              node={readOnly ? null : onlySelected}
              nodesLayer={mapLayer}
              scale={viewport.scale}
              canConnect={tool === 'select'}
              onResize={onResizeNode}
            />
          </Layer>
        </Stage>
      )}
      {contentsListed && (
        <SelectionSourceContext value={selectionSource}>
          <MapContentsList nodes={doc.nodes} connectors={doc.connectors} issues={issues} settings={settings} onSelect={onSelectListed} />
        </SelectionSourceContext>
      )}
      {editingNode && (
        <NoteTextEditor
          key={editingNode.id}
          node={editingNode}
          settings={settings}
          viewport={viewport}
          onDraft={(text) => editor.saveDraft([{ op: 'putNode', node: { ...editingNode, text: storedText(text) } }])}
          onDone={(text) => {
            editor.setEditingId(null);
            editor.execute(uiText('canvas:edits.text'), (current) => editText(current, editingNode.id, text));
          }}
        />
      )}
    </div>
  );
}

/** The canvas redraws for these parts of the session only; a pan or a mode's other changes leave it alone. */
function sameCanvasSession(a: SessionState, b: SessionState): boolean {
  return a.selection === b.selection && a.editingId === b.editingId && a.tool === b.tool && a.snapToGrid === b.snapToGrid && a.mode === b.mode;
}
