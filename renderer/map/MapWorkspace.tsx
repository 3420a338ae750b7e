import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { addNode, editText, moveNodes, recolorNodes, type NodeMove } from '../../shared/editing/commands';
import { resizeNode } from '../../shared/editing/commands-arrange';
import { connectNodes } from '../../shared/editing/commands-connect';
import { templateChanges, type MapTemplate } from '../../shared/editing/map-templates';
import { besideRight, freeSpot } from '../../shared/geometry/free-spot';
import { defaultSize } from '../../shared/model/node-factory';
import type { Point, Rect } from '../../shared/geometry/rect';
import type { NoteColor } from '../../shared/model/colors';
import type { ConnectorKind } from '../../shared/model/connector';
import { newId, type Id } from '../../shared/model/ids';
import type { NodeKind } from '../../shared/model/node-kinds';
import { computeMetrics } from '../../shared/vsm';
import { ownsKey } from '../canvas/keyboard-focus';
import { MapCanvas } from '../canvas/MapCanvas';
import type { CanvasTool, SelectMode } from '../canvas/interaction/use-stage-gestures';
import { issueLevels } from './issue-levels';
import { nodeExtent } from '../canvas/shapes/node-extent';
import { revealRect, toCanvasPoint, visibleRect, type Size, type Viewport } from '../canvas/viewport';
import { Inspector } from './inspector/Inspector';
import { commandForKey, VIEW_COMMANDS, type MapCommand } from './keyboard-shortcuts';
import type { MapEditor } from '../editor/map-editor';
import { MapToolbar } from './MapToolbar';
import { NodePalette } from './palette/NodePalette';
import { ShortcutSheet } from './ShortcutSheet';
import { StartPanel } from './StartPanel';
import { TimelinePanel } from './timeline/TimelinePanel';
import { useClipboard } from './use-clipboard';
import { useMapCommands } from './use-map-commands';
import { useEditorState } from './use-map-editor';
import { usePresentation } from './use-presentation';
import './map-workspace.css';

/** Kinds whose first job after being placed is to be named: typing goes straight into them. */
const NAMED_ON_PLACING: ReadonlySet<NodeKind> = new Set(['sticky-note', 'text', 'process', 'kaizen-burst']);

const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, scale: 1 };

type MapWorkspaceProps = {
  editor: MapEditor;
  presenting: boolean;
  onPresentingChange: (presenting: boolean) => void;
  /** What the facilitation tools draw on the canvas (voting dots, click targets). */
  canvasOverlay?: ReactNode;
  /** Told the selection whenever it changes (the future-state panel acts on it). */
  onSelectionChange?: (selection: ReadonlySet<Id>) => void;
};

/** The map being edited: toolbar, palette, canvas, inspector and timeline, wired to the editor. */
export function MapWorkspace({ editor, presenting, onPresentingChange, canvasOverlay, onSelectionChange }: MapWorkspaceProps) {
  const { doc, history } = useEditorState(editor);
  const [selection, setSelectionState] = useState<ReadonlySet<Id>>(new Set());
  const [editingId, setEditingId] = useState<Id | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [tool, setTool] = useState<CanvasTool>('select');
  const [connectorKind, setConnectorKind] = useState<ConnectorKind>('push');
  const [snapToGrid, setSnapToGrid] = useState(true);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const wantsFit = useRef(true);
  const presentingRef = useRef(presenting);
  presentingRef.current = presenting;

  const metrics = useMemo(() => computeMetrics(doc), [doc]);
  const issues = useMemo(() => issueLevels(metrics.diagnostics), [metrics]);

  const liveSelection = useMemo(() => {
    const present = new Set([...doc.nodes.map((node) => node.id), ...doc.connectors.map((connector) => connector.id)]);
    const kept = [...selection].filter((id) => present.has(id));
    return kept.length === selection.size ? selection : new Set(kept);
  }, [doc.nodes, doc.connectors, selection]);
  const selectedNodes = useMemo(() => doc.nodes.filter((node) => liveSelection.has(node.id)).length, [doc.nodes, liveSelection]);
  useEffect(() => onSelectionChange?.(liveSelection), [liveSelection, onSelectionChange]);

  const setSelection = useCallback((ids: Iterable<Id>) => setSelectionState(new Set(ids)), []);
  const view = viewport ?? DEFAULT_VIEWPORT;
  const liveViewport = useRef(view);

  const onSizeChange = useCallback((next: Size) => setSize(next), []);
  const run = useRef<(command: MapCommand, options?: { far?: boolean }) => void>(() => undefined);

  useEffect(() => {
    wantsFit.current = true;
  }, [presenting]);

  useEffect(() => {
    if (size.width === 0 || !wantsFit.current) return;
    wantsFit.current = false;
    run.current('zoom-fit');
    setViewport((current) => current ?? DEFAULT_VIEWPORT);
  }, [size]);

  const addNodeAt = useCallback(
    (kind: NodeKind, at: Point) => {
      const id = newId();
      editor.execute('Add', (current) => addNode(current, { id, kind, at }));
      const added = editor.getState().doc.nodes.find((node) => node.id === id);
      if (added) setViewport(revealRect(liveViewport.current, sizeRef.current, nodeExtent(added, editor.getState().doc.map.settings)));
      setSelectionState(new Set([id]));
      setTool('select');
      setEditingId(NAMED_ON_PLACING.has(kind) ? id : null);
    },
    [editor],
  );

  const viewCentre = useCallback((): { visible: Rect; middle: Point } => {
    const current = liveViewport.current;
    const { width, height } = sizeRef.current;
    return { visible: visibleRect(current, sizeRef.current), middle: toCanvasPoint(current, { x: width / 2, y: height / 2 }) };
  }, []);

  /** Adds a symbol from the palette or a key: beside the one selected node (continuing a row), else mid-view. */
  const addAtCentre = useCallback(
    (kind: NodeKind) => {
      const { nodes, map } = editor.getState().doc;
      const anchor = liveSelection.size === 1 ? nodes.find((node) => liveSelection.has(node.id)) : undefined;
      const size = defaultSize(kind);
      const wanted = anchor ? besideRight(anchor, size, 64) : viewCentre().middle;
      addNodeAt(kind, freeSpot(nodes.map((node) => nodeExtent(node, map.settings)), wanted, size));
    },
    [addNodeAt, editor, viewCentre, liveSelection],
  );

  const clipboard = useClipboard({ editor, selection: liveSelection, readOnly: presenting, onPasted: setSelection, view: viewCentre });
  const setPresenting = usePresentation(presenting, onPresentingChange);

  run.current = useMapCommands({
    editor,
    selection: liveSelection,
    setSelection,
    setEditingId,
    liveViewport,
    setViewport,
    size,
    tool,
    setTool,
    connectorKind,
    toggleSnap: () => setSnapToGrid((on) => !on),
    presenting,
    setPresenting,
    openShortcuts: () => setShortcutsOpen(true),
    addAtCentre,
    clipboard,
  });
  const onCommand = useCallback((command: MapCommand) => run.current(command), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (ownsKey(event.target, event.key) || document.querySelector('dialog[open]')) return;
      const command = commandForKey(event);
      if (!command || (presentingRef.current && !VIEW_COMMANDS.has(command))) return;
      event.preventDefault();
      run.current(command, { far: event.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onSelect = useCallback((ids: readonly Id[], mode: SelectMode) => {
    setSelectionState((current) => {
      if (mode === 'replace') return new Set(ids);
      const next = new Set(current);
      for (const id of ids) {
        if (mode === 'toggle' && next.has(id)) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

  const onMoveNodes = useCallback((moves: NodeMove[]) => editor.execute('Move', (current) => moveNodes(current, moves)), [editor]);
  const onResizeNode = useCallback((id: Id, rect: Rect) => editor.execute('Resize', (current) => resizeNode(current, id, rect)), [editor]);
  const onConnect = useCallback(
    (fromId: Id, toId: Id) => {
      const id = newId();
      editor.execute('Connect', (current) => connectNodes(current, { id, kind: connectorKind, fromId, toId }));
      if (editor.getState().doc.connectors.some((connector) => connector.id === id)) setSelectionState(new Set([id]));
    },
    [editor, connectorKind],
  );
  const onDraftText = useCallback(
    (id: Id, text: string) => {
      const node = editor.getState().doc.nodes.find((candidate) => candidate.id === id);
      if (node) editor.saveDraft([{ op: 'putNode', node: { ...node, text } }]);
    },
    [editor],
  );
  const onFinishEdit = useCallback(
    (id: Id, text: string) => {
      setEditingId(null);
      editor.execute('Edit text', (current) => editText(current, id, text));
    },
    [editor],
  );
  const onRecolor = (color: NoteColor) => editor.execute('Colour', (current) => recolorNodes(current, [...liveSelection], color));
  const startFrom = (template: Exclude<MapTemplate, 'blank'>) => {
    editor.execute('Start from example', (current) => templateChanges(current, template, newId));
    run.current('zoom-fit');
  };

  return (
    <main className={presenting ? 'map-workspace presenting' : 'map-workspace'}>
      {!presenting && (
        <MapToolbar
          tool={tool}
          snapToGrid={snapToGrid}
          canUndo={history.past.length > 0}
          canRedo={history.future.length > 0}
          selectedNodes={selectedNodes}
          hasSelection={liveSelection.size > 0}
          zoomPercent={Math.round(view.scale * 100)}
          onCommand={onCommand}
          onSelectTool={() => setTool('select')}
          onRecolor={onRecolor}
        />
      )}
      <div className="map-body">
        {!presenting && (
          <NodePalette
            connectorKind={connectorKind}
            connecting={tool === 'connect'}
            onAdd={addAtCentre}
            onPickConnector={(kind) => {
              setConnectorKind(kind);
              setTool('connect');
            }}
          />
        )}
        <div className="map-stage-column">
          <MapCanvas
            doc={doc}
            selection={liveSelection}
            editingId={editingId}
            viewport={view}
            liveViewport={liveViewport}
            tool={tool}
            readOnly={presenting}
            snapToGrid={snapToGrid}
            issues={issues}
            onViewportChange={setViewport}
            onSizeChange={onSizeChange}
            onSelect={onSelect}
            onMoveNodes={onMoveNodes}
            onResizeNode={onResizeNode}
            onConnect={onConnect}
            onAddNode={addNodeAt}
            onStartEdit={setEditingId}
            onDraftText={onDraftText}
            onFinishEdit={onFinishEdit}
            overlay={canvasOverlay}
          />
          <TimelinePanel metrics={metrics} settings={doc.map.settings} selection={liveSelection} onSelectNodes={setSelection} />
          {doc.nodes.length === 0 && doc.map.state === 'current' && !presenting && <StartPanel onStart={startFrom} />}
          {presenting && (
            <button type="button" className="button presentation-exit" title="Leave the presentation (Esc)" onClick={() => setPresenting(false)}>
              Leave presentation
            </button>
          )}
        </div>
        {!presenting && <Inspector doc={doc} selection={liveSelection} metrics={metrics} editor={editor} onCommand={onCommand} />}
      </div>
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
    </main>
  );
}
