import Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { Circle, Transformer } from 'react-konva';
import type { Rect } from '../../shared/geometry/rect';
import { MIN_NODE_SIZE } from '../../shared/editing/commands-arrange';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { NodeKind } from '../../shared/model/node-kinds';
import { CONNECT_HANDLE_NAME } from './interaction/konva-targets';
import { NODE_BOX_NAME } from './shapes/NodeFrame';
import { SELECTION_COLOR } from './shapes/shape-style';

/** The kinds whose size carries meaning or text: the rest are symbols drawn at their standard size. */
const RESIZABLE: ReadonlySet<NodeKind> = new Set([
  'sticky-note',
  'text',
  'process',
  'kaizen-burst',
  'production-control',
  'supplier',
  'customer',
  'outside-source',
]);

type SelectionToolsProps = {
  /** The one selected node, when exactly one node is selected. */
  node: MapNode | null;
  nodesLayer: RefObject<Konva.Layer | null>;
  scale: number;
  canConnect: boolean;
  onResize: (id: Id, rect: Rect) => void;
};

/**
 * What a single selected node offers: resize handles (for the kinds that make sense resized),
 * which stretch a dashed outline and resize the node when let go, and a round handle on its
 * right to drag a connector out of it.
 */
export function SelectionTools({ node, nodesLayer, scale, canConnect, onResize }: SelectionToolsProps) {
  const transformer = useRef<Konva.Transformer>(null);
  const resizable = node !== null && RESIZABLE.has(node.kind);

  useEffect(() => {
    const tr = transformer.current;
    if (!tr) return;
    const group = resizable ? nodesLayer.current?.findOne((shape: Konva.Node) => shape.id() === node.id) : undefined;
    const box = group instanceof Konva.Group ? group.findOne(`.${NODE_BOX_NAME}`) : undefined;
    tr.nodes(box ? [box] : []);
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
        borderStroke={SELECTION_COLOR}
        borderDash={[6, 4]}
        anchorStroke={SELECTION_COLOR}
        anchorFill="#ffffff"
        anchorSize={12}
        anchorCornerRadius={2}
        boundBoxFunc={(before, after) => (after.width < MIN_NODE_SIZE * scale || after.height < MIN_NODE_SIZE * scale ? before : after)}
        onTransformEnd={() => {
          // The handles stretched the invisible box; the node takes its new size when let go.
          const box = transformer.current?.nodes()[0];
          const group = box?.getParent();
          if (!box || !group || !node) return;
          const rect = { x: group.x() + box.x(), y: group.y() + box.y(), width: box.width() * box.scaleX(), height: box.height() * box.scaleY() };
          box.setAttrs({ x: 0, y: 0, scaleX: 1, scaleY: 1 });
          onResize(node.id, rect);
        }}
      />
      {node && canConnect && (
        <Circle
          name={CONNECT_HANDLE_NAME}
          x={node.x + node.width + 24 / scale}
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
