import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { CANVAS_FONT_FAMILY, NOTE_PADDING, NOTE_TEXT_COLOR, SELECTION_COLOR } from './note-palette';
import { StickyNoteShape, type NodeShapeProps } from './StickyNoteShape';

/** A notation symbol not yet drawn as its own icon: a labelled outline, movable like any node. */
const OutlinedNodeShape = memo(function OutlinedNodeShape({ node, selected, onPointerDown, onDragEnd, onStartEdit }: NodeShapeProps) {
  return (
    <Group
      id={node.id}
      name="map-node"
      x={node.x}
      y={node.y}
      draggable
      onMouseDown={(event) => onPointerDown(node.id, event)}
      onTap={(event) => onPointerDown(node.id, event)}
      onDragEnd={(event) => onDragEnd(node.id, event.target.x(), event.target.y())}
      onDblClick={() => onStartEdit(node.id)}
    >
      <Rect width={node.width} height={node.height} fill="#ffffff" stroke={selected ? SELECTION_COLOR : '#1b1f24'} strokeWidth={2} />
      <Text
        width={node.width}
        height={node.height}
        padding={NOTE_PADDING}
        text={node.text || node.kind}
        fontSize={16}
        fontFamily={CANVAS_FONT_FAMILY}
        fill={NOTE_TEXT_COLOR}
        align="center"
        verticalAlign="middle"
        listening={false}
      />
    </Group>
  );
});

/** Draws a node by its kind; adding a kind fails to compile here until it has a shape. */
export function NodeShape(props: NodeShapeProps) {
  const { kind } = props.node;
  switch (kind) {
    case 'sticky-note':
    case 'text':
      return <StickyNoteShape {...props} />;
    case 'process':
    case 'inventory':
    case 'supermarket':
    case 'fifo-lane':
    case 'safety-buffer':
    case 'shipment':
    case 'supplier':
    case 'customer':
    case 'outside-source':
    case 'production-control':
    case 'operator':
    case 'kaizen-burst':
    case 'go-see':
      return <OutlinedNodeShape {...props} />;
    default:
      return exhaustiveSwitchError(kind, 'node kind');
  }
}
