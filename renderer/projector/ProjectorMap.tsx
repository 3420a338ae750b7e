import { useMemo, useRef, type ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import { boundsOf } from '../../shared/geometry/rect';
import type { MapDocument } from '../../shared/model/vsm-map';
import { ConnectorList, NodeList } from '../canvas/CanvasContent';
import { nodeExtent } from '../canvas/shapes/node-extent';
import type { IssueLevel } from '../canvas/shapes/shape-props';
import { detailForScale } from '../canvas/shapes/shape-style';
import { useAnchors } from '../canvas/use-anchors';
import { useElementSize } from '../canvas/use-element-size';
import { fitRect } from '../canvas/viewport';

/** Small maps are enlarged for the room, up to this factor; large ones shrink to fit. */
const PROJECTOR_MAX_SCALE = 2.5;

const NOTHING: ReadonlySet<string> = new Set();
const NO_ISSUES: ReadonlyMap<string, IssueLevel> = new Map();

/** The map, read-only and as large as the screen allows, with whatever the overlay draws on it. */
export function ProjectorMap({ doc, overlay }: { doc: MapDocument; overlay?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const settings = doc.map.settings;
  const anchors = useAnchors(doc.nodes, settings);
  const viewport = useMemo(
    () => fitRect(boundsOf(doc.nodes.map((node) => nodeExtent(node, settings))), size, 40, PROJECTOR_MAX_SCALE),
    [doc.nodes, settings, size],
  );
  return (
    <div ref={containerRef} className="projector-map" data-testid="projector-map">
      {size.width > 0 && (
        <Stage width={size.width} height={size.height} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale} listening={false}>
          <Layer listening={false}>
            <NodeList
              nodes={doc.nodes}
              selection={NOTHING}
              editingId={null}
              issues={NO_ISSUES}
              detail={detailForScale(viewport.scale)}
              settings={settings}
              draggable={false}
            />
            <ConnectorList connectors={doc.connectors} anchors={anchors} selection={NOTHING} detail={detailForScale(viewport.scale)} />
            {overlay}
          </Layer>
        </Stage>
      )}
      {doc.nodes.length === 0 && <p className="projector-empty">The map is empty.</p>}
    </div>
  );
}
