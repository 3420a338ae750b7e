import type Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { Circle, Transformer } from 'react-konva';
import type { Rect } from '../../shared/geometry/rect';
import { MIN_NODE_SIZE } from '../../shared/editing/commands-arrange';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { NodeKind } from '../../shared/model/node-kinds';
import { CONNECT_HANDLE_NAME } from './interaction/konva-targets';
import { SELECTION_COLOR } from './shapes/shape-style';

/** The kinds whose size carries meaning or text: the rest are symbols drawn at their standard size. */
const RESIZABLE: ReadonlySet<NodeKind> = new Set(['sticky-note', 'text', 'process', 'kaizen-burst', 'production-control', 'supplier', 'customer', 'outside-source']);

type SelectionToolsProps = {
  /** The one selected node, when exactly one node is selected. */
  node: MapNode | null;
  nodesLayer: RefObject<Konva.Layer | null>;
  scale: number;
  canConnect: boolean;
  onResize: (id: Id, rect: Rect) => void;
};

/**
 * What a single selected node offers: resize handles (for the kinds that make sense resized)
 * and a round handle on its right to drag a connector out of it.
 */
export function SelectionTools({ node, nodesLayer, scale, canConnect, onResize }: SelectionToolsProps) {
  const transformer = useRef<Konva.Transformer>(null);
  const resizable = node !== null && RESIZABLE.has(node.kind);

  useEffect(() => {
    const tr = transformer.current;
    if (!tr) return;
    const group = resizable ? nodesLayer.current?.findOne((shape: Konva.Node) => shape.id() === node.id) : undefined;
    tr.nodes(group ? [group] : []);
    tr.getLayer()?.batchDraw();
  }, [node, resizable, nodesLayer]);

  return (
    <>
      <Transformer
        ref={transformer}
        rotateEnabled={false}
        flipEnabled={false}
        keepRatio={false}
        ignoreStroke
        borderEnabled={false}
        anchorStroke={SELECTION_COLOR}
        anchorFill="#ffffff"
        anchorSize={12}
        anchorCornerRadius={2}
        boundBoxFunc={(before, after) => (after.width < MIN_NODE_SIZE * scale || after.height < MIN_NODE_SIZE * scale ? before : after)}
        onTransformEnd={() => {
          const group = transformer.current?.nodes()[0];
          if (!group || !node) return;
          const rect = { x: group.x(), y: group.y(), width: node.width * group.scaleX(), height: node.height * group.scaleY() };
          group.scale({ x: 1, y: 1 });
          onResize(node.id, rect);
        }}
      />
      {node && canConnect && (
        <Circle
          name={CONNECT_HANDLE_NAME}
          x={node.x + node.width + 16 / scale}
          y={node.y + node.height / 2}
          radius={9 / scale}
          fill={SELECTION_COLOR}
          stroke="#ffffff"
          strokeWidth={2 / scale}
          hitStrokeWidth={12 / scale}
        />
      )}
    </>
  );
}
