import type Konva from 'konva';
import type { Id } from '../../../shared/model/ids';

/** What a pointer event landed on, found by walking up from the Konva shape that was hit. */
export type CanvasTarget =
  | { type: 'node'; id: Id; shape: Konva.Node }
  | { type: 'connector'; id: Id }
  | { type: 'connect-handle' }
  | { type: 'transformer' }
  /** Something drawn over the map by another part of the app (a voting target): it handles its own clicks. */
  | { type: 'other' }
  | { type: 'empty' };

export const NODE_NAME = 'map-node';
export const CONNECTOR_NAME = 'map-connector';
export const CONNECT_HANDLE_NAME = 'connect-handle';

export function canvasTarget(target: Konva.Node): CanvasTarget {
  if (target.getType() === 'Stage') return { type: 'empty' };
  for (let shape: Konva.Node | null = target; shape; shape = shape.getParent()) {
    if (shape.getClassName() === 'Transformer') return { type: 'transformer' };
    const name = shape.name();
    if (name === NODE_NAME) return { type: 'node', id: shape.id(), shape };
    if (name === CONNECTOR_NAME) return { type: 'connector', id: shape.id() };
    if (name === CONNECT_HANDLE_NAME) return { type: 'connect-handle' };
  }
  return { type: 'other' };
}
