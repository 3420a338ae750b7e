import { useEffect } from 'react';
import type { MapActionId } from '../../shared/actions/map-action-descriptors';
import type { MapEditor } from '../editor/map-editor';
import type { ActionHost } from '../map-actions/action-host';
import { ACTION_IDS, isAvailable } from '../map-actions/registry';
import { runInFocusedField } from './field-commands';
import { desktopCommands, useDesktopCommands } from './use-desktop-commands';

/**
 * The open map runs the menu's map actions through the same registry as its keys and buttons, so
 * Edit ▸ Undo is the map's undo. While a text field has the focus, the field's own commands run
 * instead (field-commands.ts); while a dialog is open, the map behind it is left alone, as by the
 * keys. The screen reports which actions it can run now, for the menu to grey out the rest, and
 * reports none once it is gone.
 */
function runFromMenu(actions: ActionHost, id: MapActionId): void {
  if (runInFocusedField(id) || document.querySelector('dialog[open]')) return;
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
