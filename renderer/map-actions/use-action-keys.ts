import { useEffect } from 'react';
import { isTypingTarget, ownsKey } from '../canvas/keyboard-focus';
import type { ActionHost } from './action-host';
import type { KeyLike } from '../../shared/actions/key-chords';
import { takeSettingsKey } from '../settings/settings-dialog-state';
import { actionForKey, actionSpec, runAction } from './registry';

/**
 * The map screen's one keyboard listener: a key runs the registry's action for it in the editor's
 * mode, unless a field or a button owns the key or a dialog is open. Letting go of a key matters
 * only to an action that lasts while its key is held (Space to pan).
 */
export function useActionKeys(host: ActionHost): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const context = host.context();
      const id = actionForKey(event, context.editor.getState().session.mode);
      const keys = id ? actionSpec(id).keys : undefined;
      // A focused button keeps Enter and Space for itself; a key held for a while (Space to pan) is the map's.
      if (!id || (ownsKey(event.target, event.key) && !keys?.whileHeld)) return;
      event.preventDefault();
      if (event.repeat && !keys?.repeats) return;
      runAction(context, id, { far: event.shiftKey });
    };
    const onKeyUp = (event: KeyboardEvent) => {
      const context = host.context();
      const id = actionForKey(pick(event), context.editor.getState().session.mode);
      if (id && actionSpec(id).keys?.whileHeld) actionSpec(id).perform(context, { released: true });
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    // The settings key is the registry's here, so it keeps to its modes; the app's own listener takes it elsewhere.
    const giveBackSettingsKey = takeSettingsKey();
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      giveBackSettingsKey();
    };
  }, [host]);
}

/** The key itself, whatever modifiers were let go first: a held action ends however it is released. */
function pick(event: KeyboardEvent): KeyLike {
  return { key: event.key, code: event.code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
}
