import type { MapEditor } from '../editor/map-editor';
import type { ActionContext, ActionInput, ActionServices } from './action-types';
import { runAction, type ActionId } from './registry';

/**
 * Joins the registry to one open map. The screen's parts provide what actions reach besides the
 * editor: the workspace the canvas size, viewport, pointer and clipboard; the facilitation layer
 * the timer. Until a part provides its piece, the piece does nothing.
 */
export type ActionHost = {
  context: () => ActionContext;
  run: (id: ActionId, input?: ActionInput) => boolean;
  /** Lends services until the returned function takes them back. */
  provide: (services: Partial<ActionServices>) => () => void;
};

const NO_SERVICES: ActionServices = {
  canvasSize: () => ({ width: 0, height: 0 }),
  liveViewport: () => ({ x: 0, y: 0, scale: 1 }),
  pointer: () => null,
  copy: () => undefined,
  cut: () => undefined,
  paste: () => undefined,
  openShortcuts: () => undefined,
  runTimer: () => undefined,
  stopPicking: () => false,
  cancelGesture: () => false,
  holdToPan: () => undefined,
};

export function createActionHost(editor: MapEditor): ActionHost {
  const lent = new Set<Partial<ActionServices>>();
  const context = (): ActionContext => [...lent].reduce<ActionContext>((services, more) => ({ ...services, ...more }), { editor, ...NO_SERVICES });
  return {
    context,
    run: (id, input) => runAction(context(), id, input),
    provide(services) {
      lent.add(services);
      return () => void lent.delete(services);
    },
  };
}
