import { useEffect } from 'react';
import type { MapActionId } from '../../shared/actions/map-action-descriptors';
import { isTypingTarget } from '../canvas/keyboard-focus';
import type { MapEditor } from '../editor/map-editor';
import type { ActionHost } from '../map-actions/action-host';
import { ACTION_IDS, isAvailable } from '../map-actions/registry';
import { desktopCommands, useDesktopCommands } from './use-desktop-commands';

/**
 * The open map runs the menu's map actions through the same registry as its keys and buttons, so
 * Edit ▸ Undo is the map's undo. While a text field has the focus, the edit commands a field has
 * of its own (undo, redo, select all, delete) are the field's, as its keys would be; and while a
 * dialog is open, the map behind it is left alone, as by the keys. The screen reports which
 * actions it can run now, for the menu to grey out the rest, and reports none once it is gone.
 */
const FIELD_COMMANDS: Partial<Record<MapActionId, string>> = { undo: 'undo', redo: 'redo', 'select-all': 'selectAll', delete: 'delete' };

function runFromMenu(actions: ActionHost, id: MapActionId): void {
  const fieldCommand = FIELD_COMMANDS[id];
  if (isTypingTarget(document.activeElement)) {
    // The field's own edit command, as the key would run it; execCommand is the only way a page can ask for it.
    if (fieldCommand) document.execCommand(fieldCommand);
    return;
  }
  if (document.querySelector('dialog[open]')) return;
  actions.run(id);
}

export function useMenuActions(editor: MapEditor, actions: ActionHost): void {
  useDesktopCommands((command) => {
    if (command.type !== 'run-action') return 'not-mine';
    runFromMenu(actions, command.actionId);
    return 'done';
  });
  useEffect(() => {
    const report = (again = false) =>
      desktopCommands().reportAvailable(
        ACTION_IDS.filter((id) => isAvailable(id, editor.getState())),
        again,
      );
    const reportAgain = () => report(true);
    report();
    const stop = editor.subscribe(report);
    window.addEventListener('focus', reportAgain);
    return () => {
      stop();
      window.removeEventListener('focus', reportAgain);
      desktopCommands().reportAvailable(null);
    };
  }, [editor]);
}
