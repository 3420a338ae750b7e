import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { MapNode } from '../../shared/model/map-node';
import { CANVAS_FONT_FAMILY, NOTE_FILL, NOTE_FONT_SIZE, NOTE_PADDING, NOTE_TEXT_COLOR, SELECTION_COLOR } from './note-palette';

export type NodeShapeProps = {
  node: MapNode;
  selected: boolean;
  editing: boolean;
  onPointerDown: (id: string, event: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
  onDragEnd: (id: string, x: number, y: number) => void;
  onStartEdit: (id: string) => void;
};

/** A paper sticky note: coloured square, soft shadow, wrapped text that ends in an ellipsis when full. */
export const StickyNoteShape = memo(function StickyNoteShape({
  node,
  selected,
  editing,
  onPointerDown,
  onDragEnd,
  onStartEdit,
}: NodeShapeProps) {
  const isText = node.kind === 'text';
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
      onDblTap={() => onStartEdit(node.id)}
    >
      <Rect
        width={node.width}
        height={node.height}
        fill={isText ? 'rgba(255,255,255,0.01)' : NOTE_FILL[node.color]}
        cornerRadius={2}
        shadowColor="#000"
        shadowOpacity={isText ? 0 : 0.18}
        shadowBlur={6}
        shadowOffsetY={2}
        shadowForStrokeEnabled={false}
        stroke={selected ? SELECTION_COLOR : isText ? undefined : 'rgba(0,0,0,0.08)'}
        strokeWidth={selected ? 3 : 1}
        perfectDrawEnabled={false}
      />
      {!editing && (
        <Text
          width={node.width}
          height={node.height}
          padding={NOTE_PADDING}
          text={node.text}
          fontSize={isText ? NOTE_FONT_SIZE + 4 : NOTE_FONT_SIZE}
          fontFamily={CANVAS_FONT_FAMILY}
          fill={NOTE_TEXT_COLOR}
          lineHeight={1.25}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
