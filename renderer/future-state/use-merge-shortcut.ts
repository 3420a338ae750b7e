import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/keyboard-focus';

/** M merges the selected steps, unless someone is typing or a dialog is open. */
export function useMergeShortcut(merge: (() => void) | null): void {
  useEffect(() => {
    if (!merge) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'm' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.repeat || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      merge();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [merge]);
}
