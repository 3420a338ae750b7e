import type Konva from 'konva';
import { useCallback, useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import type { MapChange } from '../../shared/editing/map-change';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import { MapContentsList } from './MapContentsList';
import { NodeShape } from './NodeShape';
import { NoteTextEditor } from './NoteTextEditor';
import { useElementSize, type Size } from './use-element-size';
import { toCanvasPoint, zoomAt, type Point, type Viewport } from './viewport';

export type MapCanvasProps = {
  doc: MapDocument;
  selection: ReadonlySet<Id>;
  editingId: Id | null;
  viewport: Viewport;
  onViewportChange: (viewport: Viewport) => void;
  onSizeChange?: (size: Size) => void;
  onSelect: (id: Id, additive: boolean) => void;
  onClearSelection: () => void;
  onMoveNode: (id: Id, x: number, y: number) => void;
  onAddNoteAt: (point: Point) => void;
  onStartEdit: (id: Id) => void;
  onDraftText: (changes: MapChange[]) => void;
  onFinishEdit: (id: Id, text: string) => void;
  /** Drawn above the map in map coordinates (voting dots, click targets of the facilitation tools). */
  overlay?: ReactNode;
};

const WHEEL_ZOOM_STEP = 1.0015;

/**
 * The map's wall: pans by dragging empty space, zooms at the pointer with the wheel or a pinch,
 * and draws every node. It keeps no map state of its own; every edit goes out as a callback.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { doc, selection, editingId, viewport, onViewportChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const { onSizeChange } = props;
  useEffect(() => onSizeChange?.(size), [size, onSizeChange]);

  const onWheel = useCallback(
    (event: Konva.KonvaEventObject<WheelEvent>) => {
      event.evt.preventDefault();
      const stage = event.target.getStage();
      const pointer = stage?.getPointerPosition();
      if (!pointer) return;
      const factor = Math.pow(WHEEL_ZOOM_STEP, -event.evt.deltaY * (event.evt.ctrlKey ? 8 : 1));
      onViewportChange(zoomAt(viewport, pointer, factor));
    },
    [viewport, onViewportChange],
  );

  const onPointerDown = useCallback(
    (id: Id, event: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
      const additive = 'shiftKey' in event.evt && (event.evt.shiftKey || event.evt.metaKey || event.evt.ctrlKey);
      props.onSelect(id, additive);
    },
    [props.onSelect],
  );

  const editingNode = editingId ? doc.nodes.find((node) => node.id === editingId) : undefined;
  const gridSize = 40 * viewport.scale;
  const gridStyle: CSSProperties = {
    backgroundSize: `${gridSize}px ${gridSize}px`,
    backgroundPosition: `${viewport.x}px ${viewport.y}px`,
  };

  return (
    <div ref={containerRef} className="map-canvas" style={gridStyle} data-testid="map-canvas">
      {size.width > 0 && (
        <Stage
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          draggable
          onWheel={onWheel}
          onDragEnd={(event) => {
            if (event.target === event.target.getStage()) {
              onViewportChange({ ...viewport, x: event.target.x(), y: event.target.y() });
            }
          }}
          onMouseDown={(event) => {
            if (event.target === event.target.getStage()) props.onClearSelection();
          }}
          onDblClick={(event) => {
            const stage = event.target.getStage();
            const pointer = stage?.getPointerPosition();
            if (event.target === stage && pointer) props.onAddNoteAt(toCanvasPoint(viewport, pointer));
          }}
        >
          <Layer>
            {doc.nodes.map((node) => (
              <NodeShape
                key={node.id}
                node={node}
                selected={selection.has(node.id)}
                editing={node.id === editingId}
                onPointerDown={onPointerDown}
                onDragEnd={props.onMoveNode}
                onStartEdit={props.onStartEdit}
              />
            ))}
          </Layer>
          {props.overlay && <Layer>{props.overlay}</Layer>}
        </Stage>
      )}
      <MapContentsList nodes={doc.nodes} />
      {editingNode && (
        <NoteTextEditor
          key={editingNode.id}
          node={editingNode}
          viewport={viewport}
          onDraft={(text) => props.onDraftText([{ op: 'putNode', node: { ...editingNode, text } }])}
          onDone={(text) => props.onFinishEdit(editingNode.id, text)}
        />
      )}
    </div>
  );
}
