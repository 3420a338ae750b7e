import type Konva from 'konva';
import { useMemo, type ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument } from '../../shared/model/vsm-map';
import { ConnectorList, NodeList } from '../canvas/CanvasContent';
import type { IssueLevel } from '../canvas/shapes/shape-props';
import { detailForScale } from '../canvas/shapes/shape-style';
import { zoomAt, type Size, type Viewport } from '../canvas/viewport';

type ReadOnlyMapProps = {
  doc: MapDocument;
  viewport: Viewport;
  size: Size;
  onViewportChange: (viewport: Viewport) => void;
  /** Drawn above the map, in map coordinates. */
  overlay?: ReactNode;
  /** Drawn below the map, in map coordinates. */
  underlay?: ReactNode;
};

const NOTHING: ReadonlySet<Id> = new Set();
const NO_ISSUES: ReadonlyMap<Id, IssueLevel> = new Map();
const WHEEL_ZOOM_STEP = 1.0015;

/**
 * A map drawn with the canvas's own shapes, for looking only: nothing can be selected or moved.
 * Dragging the background pans and the wheel zooms at the pointer; both are handed up, so the
 * caller can move another map in step.
 */
export function ReadOnlyMap({ doc, viewport, size, onViewportChange, overlay, underlay }: ReadOnlyMapProps) {
  const nodesById = useMemo(() => new Map<Id, MapNode>(doc.nodes.map((node) => [node.id, node])), [doc.nodes]);
  const detail = detailForScale(viewport.scale);

  const onWheel = (event: Konva.KonvaEventObject<WheelEvent>) => {
    event.evt.preventDefault();
    const pointer = event.target.getStage()?.getPointerPosition();
    if (!pointer) return;
    onViewportChange(zoomAt(viewport, pointer, Math.pow(WHEEL_ZOOM_STEP, -event.evt.deltaY * (event.evt.ctrlKey ? 8 : 1))));
  };
  const onDrag = (event: Konva.KonvaEventObject<DragEvent>) => {
    const stage = event.target;
    if (stage === stage.getStage()) onViewportChange({ ...viewport, x: stage.x(), y: stage.y() });
  };

  if (size.width === 0) return null;
  return (
    <Stage
      width={size.width}
      height={size.height}
      x={viewport.x}
      y={viewport.y}
      scaleX={viewport.scale}
      scaleY={viewport.scale}
      draggable
      onWheel={onWheel}
      onDragMove={onDrag}
      onDragEnd={onDrag}
    >
      {underlay && <Layer listening={false}>{underlay}</Layer>}
      <Layer listening={false}>
        <NodeList nodes={doc.nodes} selection={NOTHING} editingId={null} issues={NO_ISSUES} detail={detail} settings={doc.map.settings} draggable={false} />
      </Layer>
      <Layer listening={false}>
        <ConnectorList connectors={doc.connectors} nodesById={nodesById} selection={NOTHING} detail={detail} />
      </Layer>
      {overlay && <Layer>{overlay}</Layer>}
    </Stage>
  );
}
