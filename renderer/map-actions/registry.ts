import type { ActionGroup } from '../../shared/actions/action-descriptor';
import { matchesChord, type KeyLike } from '../../shared/actions/key-chords';
import { MAP_ACTION_DESCRIPTORS, MAP_ACTION_IDS, type MapActionId } from '../../shared/actions/map-action-descriptors';
import type { EditorMode, MapEditorState } from '../editor/editor-state';
import { uiText } from '../ui-text/ui-text';
import { ADD_ACTIONS } from './add-actions';
import type { ActionBehaviour, ActionContext, ActionInput, ActionSpec } from './action-types';
import { ARRANGE_ACTIONS } from './arrange-actions';
import { CONNECT_ACTIONS } from './connect-actions';
import { EDIT_ACTIONS } from './edit-actions';
import { FACILITATION_ACTIONS } from './facilitation-actions';
import { VIEW_ACTIONS } from './view-actions';

/**
 * Every action of the map screen, once: its descriptor (label, keys, the modes it may run in;
 * shared/actions/, which the desktop menu reads too) joined to what it does here. The keyboard
 * (use-action-keys.ts), toolbar, palette, inspector buttons, the future-state panel, the shortcut
 * sheet and the desktop menu all read this table, so what the sheet and the menu show is what the
 * keys do. A new map action gets a descriptor in shared/actions/ and a behaviour in the file of its group.
 */
const MAP_ACTION_BEHAVIOURS = {
  ...ADD_ACTIONS,
  ...CONNECT_ACTIONS,
  ...EDIT_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...FACILITATION_ACTIONS,
  ...VIEW_ACTIONS,
} satisfies Record<MapActionId, ActionBehaviour>;

export type ActionId = MapActionId;

export const ACTION_IDS = MAP_ACTION_IDS;

const MAP_ACTIONS = new Map<ActionId, ActionSpec>(ACTION_IDS.map((id) => [id, { ...MAP_ACTION_DESCRIPTORS[id], ...MAP_ACTION_BEHAVIOURS[id] }]));

export function actionSpec(id: ActionId): ActionSpec {
  const spec = MAP_ACTIONS.get(id);
  if (!spec) throw new Error(`There is no map action "${id}".`);
  return spec;
}

/** Whether the action may run in this mode and would do something now. */
export function isAvailable(id: ActionId, state: MapEditorState): boolean {
  const spec = actionSpec(id);
  return spec.modes.includes(state.session.mode) && (spec.isEnabled?.(state) ?? true);
}

/** Runs the action if it is available; answers whether it ran. */
export function runAction(context: ActionContext, id: ActionId, input: ActionInput = {}): boolean {
  if (!isAvailable(id, context.editor.getState())) return false;
  actionSpec(id).perform(context, input);
  return true;
}

/** The action a key runs in this mode; keys the browser turns into clipboard events are left to it. */
export function actionForKey(event: KeyLike, mode: EditorMode): ActionId | null {
  for (const id of ACTION_IDS) {
    const { keys, modes } = actionSpec(id);
    if (!keys || keys.viaClipboardEvent || !modes.includes(mode)) continue;
    if (keys.chords.some((chord) => matchesChord(event, chord))) return id;
  }
  return null;
}

/** The action's name on a button, in a tooltip and in the menu, in the app's language (the registry's own label is English). */
export function actionLabel(id: ActionId): string {
  return uiText(`mapActions:actions.${id}.label`);
}

/** The names of keys as a keyboard of the app's language prints them ("Strg+D", "Entf"); the keys themselves are the same. */
const KEY_NAMES = { Ctrl: 'ctrl', Shift: 'shift', Alt: 'alt', Delete: 'delete', Enter: 'enter', Space: 'space', Esc: 'esc', or: 'or' } as const;

export function keysText(keys: string): string {
  return keys.replace(/\b(Ctrl|Shift|Alt|Delete|Enter|Space|Esc|or)\b/g, (name) =>
    uiText(`mapActions:keyNames.${KEY_NAMES[name as keyof typeof KEY_NAMES]}`),
  );
}

/** "Label (keys)": the tooltip of a control that runs an action. */
export function tooltip(id: ActionId, label = actionLabel(id)): string {
  const keys = actionSpec(id).keys;
  return keys ? uiText('mapActions:tooltip', { label, keys: keysText(keys.label) }) : label;
}

/** Each group of the shortcut sheet, with its heading's key in the catalogue. */
const SHEET_ORDER = [
  ['Add', 'add'],
  ['Connect', 'connect'],
  ['Edit', 'edit'],
  ['Arrange', 'arrange'],
  ['Future state', 'futureState'],
  ['View', 'view'],
  ['Timer', 'timer'],
] as const satisfies ReadonlyArray<readonly [ActionGroup, string]>;

export type SheetSection = { title: string; rows: Array<{ id: ActionId; keys: string; description: string }> };

/** The shortcut sheet: every action that has keys, by group, in the app's language. */
export function shortcutSheet(): SheetSection[] {
  return SHEET_ORDER.map(([group, key]) => ({
    title: uiText(`mapActions:groups.${key}`),
    rows: ACTION_IDS.flatMap((id) => {
      const spec = actionSpec(id);
      return spec.group === group && spec.keys
        ? [{ id, keys: keysText(spec.keys.label), description: uiText(`mapActions:actions.${id}.description`) }]
        : [];
    }),
  })).filter((section) => section.rows.length > 0);
}
