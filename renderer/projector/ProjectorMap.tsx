import { useMemo, useRef, type ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import type { MapDocument } from '../../shared/model/vsm-map';
import { NodeShape } from '../canvas/NodeShape';
import { useElementSize } from '../canvas/use-element-size';
import { boundsOf, fitRect } from '../canvas/viewport';

/** Small maps are enlarged for the room, up to this factor; large ones shrink to fit. */
const PROJECTOR_MAX_SCALE = 2.5;

const ignore = () => undefined;

/** The map, read-only and as large as the screen allows, with whatever the overlay draws on it. */
export function ProjectorMap({ doc, overlay }: { doc: MapDocument; overlay?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const viewport = useMemo(() => fitRect(boundsOf(doc.nodes), size, 40, PROJECTOR_MAX_SCALE), [doc.nodes, size]);
  return (
    <div ref={containerRef} className="projector-map" data-testid="projector-map">
      {size.width > 0 && (
        <Stage width={size.width} height={size.height} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale} listening={false}>
          <Layer listening={false}>
            {doc.nodes.map((node) => (
              <NodeShape key={node.id} node={node} selected={false} editing={false} onPointerDown={ignore} onDragEnd={ignore} onStartEdit={ignore} />
            ))}
          </Layer>
          {overlay && <Layer listening={false}>{overlay}</Layer>}
        </Stage>
      )}
      {doc.nodes.length === 0 && <p className="projector-empty">The map is empty.</p>}
    </div>
  );
}
