import { useEffect } from 'react';
import { ownsKey } from '../canvas/keyboard-focus';
import type { ActionHost } from './action-host';
import { actionForKey, actionSpec, runAction } from './registry';

/**
 * The map screen's one keyboard listener: a key runs the registry's action for it in the editor's
 * mode, unless a field or a button owns the key or a dialog is open.
 */
export function useActionKeys(host: ActionHost): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (ownsKey(event.target, event.key) || document.querySelector('dialog[open]')) return;
      const context = host.context();
      const id = actionForKey(event, context.editor.getState().session.mode);
      if (!id) return;
      event.preventDefault();
      if (event.repeat && !actionSpec(id).keys?.repeats) return;
      runAction(context, id, { far: event.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [host]);
}
