import type { MapTemplate } from '../../shared/editing/map-templates';
import type { TimerCommand } from '../../shared/facilitation/timer';
import type { Point } from '../../shared/geometry/rect';
import type { NoteColor } from '../../shared/model/colors';
import type { ConnectorKind } from '../../shared/model/connector';
import type { NodeKind } from '../../shared/model/node-kinds';
import type { EditorMode, MapEditorState } from '../editor/editor-state';
import type { MapEditor } from '../editor/map-editor';
import type { Size, Viewport } from '../editor/viewport';
import type { KeyChord } from './key-chords';

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
};

export type ActionGroup = 'Add' | 'Connect' | 'Edit' | 'Arrange' | 'Future state' | 'View' | 'Timer';

export type ActionKeys = {
  /** As the shortcut sheet and tooltips show it. */
  label: string;
  chords: readonly KeyChord[];
  /** Copy, cut and paste: the browser turns these keys into clipboard events, which use-clipboard.ts handles. */
  viaClipboardEvent?: boolean;
  /** Held down, the key repeats the action (nudging, zooming); otherwise a repeat is ignored. */
  repeats?: boolean;
  /** The action lasts while the key is held: letting go runs it again with `released`. */
  whileHeld?: boolean;
};

export type ActionSpec = {
  /** The name on a button (its accessible name) and in a tooltip. */
  label: string;
  /** What the shortcut sheet says it does. */
  description: string;
  group: ActionGroup;
  keys?: ActionKeys;
  /** The modes it may run in. An action that edits the map runs only while editing. */
  modes: readonly EditorMode[];
  /** Whether it changes the map (a test holds that such actions never run in a read-only mode). */
  editsMap: boolean;
  /** Whether it would do anything now (a button is disabled when not). */
  isEnabled?: (state: MapEditorState) => boolean;
  perform: (context: ActionContext, input: ActionInput) => void;
};

export const EDITING_ONLY: readonly EditorMode[] = ['editing'];
export const EVERY_MODE: readonly EditorMode[] = ['editing', 'presenting', 'voting-turn', 'read-only'];
/** Facilitation keys (the timer) work wherever the facilitator runs the room. */
export const FACILITATING: readonly EditorMode[] = ['editing', 'presenting', 'voting-turn'];
