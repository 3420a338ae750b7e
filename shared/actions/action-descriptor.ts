import type { EditorMode } from './editor-modes';
import type { KeyChord } from './key-chords';

/**
 * What an action of the map screen is, apart from what it does: its name, its keys, the modes it
 * may run in. The renderer joins each descriptor to its behaviour (renderer/map-actions/); the
 * desktop menu (main/menu/) reads the descriptors alone, so a key shown in the menu is the key
 * that runs the action. Every label lives here, once.
 */
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

export type ActionDescriptor = {
  /** The name on a button (its accessible name), in a tooltip and in the desktop menu. */
  label: string;
  /** What the shortcut sheet says it does. */
  description: string;
  group: ActionGroup;
  keys?: ActionKeys;
  /** The modes it may run in. An action that edits the map runs only while editing. */
  modes: readonly EditorMode[];
  /** Whether it changes the map (a test holds that such actions never run in a read-only mode). */
  editsMap: boolean;
};
