import type { ActionDescriptor } from '../../shared/actions/action-descriptor';
import type { MapTemplate } from '../../shared/editing/map-templates';
import type { TimerCommand } from '../../shared/facilitation/timer';
import type { Language } from '../../shared/i18n/languages';
import type { Point } from '../../shared/geometry/rect';
import type { NoteColor } from '../../shared/model/colors';
import type { ConnectorKind } from '../../shared/model/connector';
import type { NodeKind } from '../../shared/model/node-kinds';
import type { MapEditorState } from '../editor/editor-state';
import type { MapEditor } from '../editor/map-editor';
import type { Size, Viewport } from '../editor/viewport';

/** What an action reaches besides the editor; the screen's parts provide their pieces (see action-host.ts). */
export type ActionServices = {
  /** The canvas's size on screen. */
  canvasSize: () => Size;
  /** Where the canvas looks this moment, also during a gesture that has not settled yet. */
  liveViewport: () => Viewport;
  /** The map point under the pointer while the pointer is over the canvas. */
  pointer: () => Point | null;
  copy: () => void;
  cut: () => void;
  paste: () => void;
  openShortcuts: () => void;
  runTimer: (command: TimerCommand) => void;
  /** Ends a pick on the canvas (choosing a note for the parking lot); answers whether one was running. */
  stopPicking: () => boolean;
  /** Ends a drag or a connect gesture on the canvas; answers whether one was running. */
  cancelGesture: () => boolean;
  /** While held, a drag on the canvas pans. */
  holdToPan: (held: boolean) => void;
};

export type ActionContext = { editor: MapEditor } & ActionServices;

/** What a control passes along with the action it runs (Excalidraw's `value`). */
export type ActionInput = {
  /** Shift held: nudge further. */
  far?: boolean;
  /** The key of an action that lasts while it is held has been let go. */
  released?: boolean;
  color?: NoteColor;
  nodeKind?: NodeKind;
  connectorKind?: ConnectorKind;
  template?: Exclude<MapTemplate, 'blank'>;
  /** The language an inserted example's words are written in: the workshop's. */
  language?: Language;
};

/** What an action does: the renderer's half of an action, joined to its descriptor from shared/actions by the registry. */
export type ActionBehaviour = {
  /** Whether it would do anything now (a button is disabled when not). */
  isEnabled?: (state: MapEditorState) => boolean;
  perform: (context: ActionContext, input: ActionInput) => void;
};

export type ActionSpec = ActionDescriptor & ActionBehaviour;
