import type Konva from 'konva';
import { createContext } from 'react';

type DragHandler = (event: Konva.KonvaEventObject<DragEvent>) => void;

/**
 * The canvas's drag handlers, handed to every node's group through context rather than props,
 * so that the memoised shapes never re-render for them.
 */
export type NodeDragHandlers = { onDragStart: DragHandler; onDragMove: DragHandler; onDragEnd: DragHandler };

export const NodeDragContext = createContext<NodeDragHandlers | null>(null);
