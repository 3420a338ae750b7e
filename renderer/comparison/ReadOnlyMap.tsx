import type Konva from 'konva';
import type { ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import type { MapDocument } from '../../shared/model/vsm-map';
import { detailForScale } from '../canvas/shapes/shape-style';
import { StaticMapContent } from '../canvas/StaticMapContent';
import { stageTransform, zoomAt, type Size, type Viewport } from '../editor/viewport';

type ReadOnlyMapProps = {
  doc: MapDocument;
  viewport: Viewport;
  size: Size;
  onViewportChange: (viewport: Viewport) => void;
  /** Drawn above the map, in map coordinates. */
  overlay?: ReactNode;
};

const WHEEL_ZOOM_STEP = 1.0015;

/**
 * A map drawn with the canvas's own shapes, for looking only: nothing can be selected or moved.
 * Dragging the background pans and the wheel zooms at the pointer; both are handed up, so the
 * caller can move another map in step.
 */
export function ReadOnlyMap({ doc, viewport, size, onViewportChange, overlay }: ReadOnlyMapProps) {
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
    <Stage width={size.width} height={size.height} {...stageTransform(viewport)} draggable onWheel={onWheel} onDragMove={onDrag} onDragEnd={onDrag}>
      <Layer listening={false}>
        <StaticMapContent doc={doc} detail={detailForScale(viewport.scale)} />
      </Layer>
      {overlay && <Layer>{overlay}</Layer>}
    </Stage>
  );
}
