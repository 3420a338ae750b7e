import type Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { Group } from 'react-konva';
import type { Point } from '../overlay/ViewCentreProbe';

export type MapPointAt = (clientX: number, clientY: number) => Point | null;

/** Turns a point on the screen (a drop) into the map point under it, read from the stage it is drawn in. */
export function MapPointProbe({ probe }: { probe: RefObject<MapPointAt | null> }) {
  const ref = useRef<Konva.Group>(null);
  useEffect(() => {
    probe.current = (clientX, clientY) => {
      const stage = ref.current?.getStage();
      if (!stage) return null;
      const box = stage.container().getBoundingClientRect();
      const x = clientX - box.left;
      const y = clientY - box.top;
      if (x < 0 || y < 0 || x > box.width || y > box.height) return null;
      const scale = stage.scaleX() || 1;
      return { x: (x - stage.x()) / scale, y: (y - stage.y()) / scale };
    };
    return () => {
      probe.current = null;
    };
  }, [probe]);
  return <Group ref={ref} listening={false} />;
}
