import type Konva from 'konva';
import { Circle, Shape } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { INK } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

function drawShoulders(context: Konva.Context, shape: Konva.Shape) {
  const width = shape.width();
  const height = shape.height();
  context.beginPath();
  context.ellipse(width / 2, height, width * 0.46, height * 0.5, 0, Math.PI, 2 * Math.PI);
  context.closePath();
  context.fillStrokeShape(shape);
}

/** An operator: head and shoulders in solid ink, the person's name or count beneath. */
export function OperatorShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Circle x={w / 2} y={h * 0.24} radius={Math.min(w, h) * 0.22} fill={INK} listening={false} />
      <Shape width={w} height={h} sceneFunc={drawShoulders} fill={INK} listening={false} />
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
