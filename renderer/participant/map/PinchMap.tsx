import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import type { Point } from '../../../shared/geometry/rect';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { fitValueStream } from '../../canvas/fit-content';
import { detailForScale } from '../../canvas/shapes/shape-style';
import { StaticMapContent } from '../../canvas/StaticMapContent';
import { useElementSize } from '../../canvas/use-element-size';
import { stageTransform, type Viewport } from '../../editor/viewport';
import { beginGesture, moveGesture, type Gesture } from './pinch-gesture';

/**
 * The map on a phone, read-only: fitted to the screen at first, then dragged with one finger and
 * pinched with two. Konva only draws; the fingers are read from pointer events on the box around
 * it, whose `touch-action: none` keeps the browser from zooming the whole page instead.
 */
export function PinchMap({ doc }: { doc: MapDocument }) {
  const { t } = useTranslation('room');
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef);
  const [moved, setMoved] = useState<Viewport | null>(null);
  const fingers = useRef(new Map<number, Point>());
  const gesture = useRef<Gesture | null>(null);
  const fitted = fitValueStream(doc.nodes, doc.map.settings, size) ?? { x: 0, y: 0, scale: 1 };
  const viewport = moved ?? fitted;

  const pointOf = (event: PointerEvent<HTMLDivElement>): Point => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const restart = () => {
    gesture.current = beginGesture(viewport, [...fingers.current.values()]);
  };
  const onDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    fingers.current.set(event.pointerId, pointOf(event));
    restart();
  };
  const onMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!fingers.current.has(event.pointerId) || !gesture.current) return;
    fingers.current.set(event.pointerId, pointOf(event));
    setMoved(moveGesture(gesture.current, [...fingers.current.values()]));
  };
  const onUp = (event: PointerEvent<HTMLDivElement>) => {
    fingers.current.delete(event.pointerId);
    restart();
  };

  return (
    <div className="pinch-map">
      <div
        ref={boxRef}
        className="pinch-map-box"
        data-testid="participant-map"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        role="img"
        aria-label={`The map “${doc.map.name}”: pinch to zoom, drag to move`}
      >
        {size.width > 0 && (
          <Stage width={size.width} height={size.height} {...stageTransform(viewport)} listening={false}>
            <Layer listening={false}>
              <StaticMapContent doc={doc} detail={detailForScale(viewport.scale)} />
            </Layer>
          </Stage>
        )}
      </div>
      {moved && (
        <button type="button" className="room-button room-button-quiet pinch-map-fit" onClick={() => setMoved(null)}>
          {t('screen.showAll')}
        </button>
      )}
    </div>
  );
}
