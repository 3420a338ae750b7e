import type { MapActionId } from '../../shared/actions/map-action-descriptors';
import { isTypingTarget } from '../canvas/keyboard-focus';

/**
 * While a text field has the focus, the menu's edit commands that a field has of its own (undo,
 * redo, select all, delete) are the field's, as its keys would be, on every screen. On macOS the
 * menu handles Cmd+Z itself, so this is how a field still gets its own undo.
 */
const FIELD_COMMANDS: Partial<Record<MapActionId, string>> = { undo: 'undo', redo: 'redo', 'select-all': 'selectAll', delete: 'delete' };

/** Whether a text field has the focus (and so the menu's map actions leave the map alone); runs the field's own command for the action if it has one. */
export function runInFocusedField(id: MapActionId): boolean {
  if (!isTypingTarget(document.activeElement)) return false;
  const command = FIELD_COMMANDS[id];
  // execCommand is the only way a page can ask a field for its own undo, redo, select all or delete.
  if (command) document.execCommand(command);
  return true;
}
