import type Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { Group } from 'react-konva';

export type Point = { x: number; y: number };

export type ViewCentre = () => Point | null;

/**
 * Reports the map point at the middle of what the canvas shows, read from the stage it is drawn
 * in, so that a note brought back from the parking lot lands where the room is looking.
 */
export function ViewCentreProbe({ probe }: { probe: RefObject<ViewCentre | null> }) {
  const ref = useRef<Konva.Group>(null);
  useEffect(() => {
    probe.current = () => {
      const stage = ref.current?.getStage();
      if (!stage) return null;
      const scale = stage.scaleX() || 1;
      return { x: (stage.width() / 2 - stage.x()) / scale, y: (stage.height() / 2 - stage.y()) / scale };
    };
    return () => {
      probe.current = null;
    };
  }, [probe]);
  return <Group ref={ref} listening={false} />;
}
