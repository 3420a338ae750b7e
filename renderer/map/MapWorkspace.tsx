import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { addNode, deleteNodes, editText, moveNodes, recolorNodes } from '../../shared/editing/commands';
import type { MapChange } from '../../shared/editing/map-change';
import type { NoteColor } from '../../shared/model/colors';
import { newId, type Id } from '../../shared/model/ids';
import { MapCanvas } from '../canvas/MapCanvas';
import type { Size } from '../canvas/use-element-size';
import { boundsOf, fitRect, toCanvasPoint, zoomAt, type Point, type Viewport } from '../canvas/viewport';
import type { MapEditor } from './map-editor';
import { commandForKey, isTypingTarget, type MapCommand } from './keyboard-shortcuts';
import { MapToolbar } from './MapToolbar';
import { useEditorState } from './use-map-editor';

const BUTTON_ZOOM_STEP = 1.25;

/** The map being edited: toolbar, canvas, selection and keyboard, all turned into editor commands. */
export function MapWorkspace({ editor, canvasOverlay }: { editor: MapEditor; canvasOverlay?: ReactNode }) {
  const { doc, history } = useEditorState(editor);
  const [selection, setSelection] = useState<ReadonlySet<Id>>(new Set());
  const [editingId, setEditingId] = useState<Id | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const sizeRef = useRef<Size>({ width: 0, height: 0 });

  const liveSelection = useMemo(() => {
    const present = new Set(doc.nodes.map((node) => node.id));
    return new Set([...selection].filter((id) => present.has(id)));
  }, [doc.nodes, selection]);

  const fitAll = useCallback(() => {
    setViewport(fitRect(boundsOf(editor.getState().doc.nodes), sizeRef.current));
  }, [editor]);

  const onSizeChange = useCallback(
    (size: Size) => {
      sizeRef.current = size;
      if (size.width > 0) setViewport((current) => current ?? fitRect(boundsOf(editor.getState().doc.nodes), size));
    },
    [editor],
  );

  const addNoteAt = useCallback(
    (point: Point) => {
      const id = newId();
      editor.execute('Add note', (current) => addNode(current, { id, kind: 'sticky-note', at: point }));
      setSelection(new Set([id]));
      setEditingId(id);
    },
    [editor],
  );

  const run = useCallback(
    (command: MapCommand) => {
      const view = viewport ?? { x: 0, y: 0, scale: 1 };
      const centre = { x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 };
      switch (command) {
        case 'add-note':
          return addNoteAt(toCanvasPoint(view, centre));
        case 'delete':
          return editor.execute('Delete', (current) => deleteNodes(current, [...liveSelection]));
        case 'undo':
          setEditingId(null);
          return editor.undo();
        case 'redo':
          setEditingId(null);
          return editor.redo();
        case 'edit-text': {
          const [only] = liveSelection;
          if (liveSelection.size === 1 && only) setEditingId(only);
          return;
        }
        case 'zoom-in':
          return setViewport(zoomAt(view, centre, BUTTON_ZOOM_STEP));
        case 'zoom-out':
          return setViewport(zoomAt(view, centre, 1 / BUTTON_ZOOM_STEP));
        case 'zoom-fit':
          return fitAll();
        case 'select-all':
          return setSelection(new Set(editor.getState().doc.nodes.map((node) => node.id)));
        case 'deselect':
          return setSelection(new Set());
      }
    },
    [addNoteAt, editor, fitAll, liveSelection, viewport],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const onSelect = useCallback((id: Id, additive: boolean) => {
    setSelection((current) => {
      if (!additive) return current.has(id) ? current : new Set([id]);
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onMoveNode = useCallback(
    (id: Id, x: number, y: number) => editor.execute('Move', (current) => moveNodes(current, [{ id, x, y }])),
    [editor],
  );

  const onDraftText = useCallback((changes: MapChange[]) => editor.saveDraft(changes), [editor]);

  const onFinishEdit = useCallback(
    (id: Id, text: string) => {
      setEditingId(null);
      editor.execute('Edit text', (current) => editText(current, id, text));
    },
    [editor],
  );

  const onRecolor = (color: NoteColor) => editor.execute('Colour', (current) => recolorNodes(current, [...liveSelection], color));

  return (
    <main className="map-workspace">
      <MapToolbar
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        hasSelection={liveSelection.size > 0}
        zoomPercent={Math.round((viewport?.scale ?? 1) * 100)}
        onCommand={run}
        onRecolor={onRecolor}
      />
      <MapCanvas
        doc={doc}
        selection={liveSelection}
        editingId={editingId}
        viewport={viewport ?? { x: 0, y: 0, scale: 1 }}
        onViewportChange={setViewport}
        onSizeChange={onSizeChange}
        onSelect={onSelect}
        onClearSelection={() => setSelection(new Set())}
        onMoveNode={onMoveNode}
        onAddNoteAt={addNoteAt}
        onStartEdit={setEditingId}
        onDraftText={onDraftText}
        onFinishEdit={onFinishEdit}
        overlay={canvasOverlay}
      />
      {doc.nodes.length === 0 && (
        <p className="canvas-hint">Double-click anywhere, press N, or use “Note” to add a sticky note.</p>
      )}
    </main>
  );
}
