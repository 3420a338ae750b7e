import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closes a popup (a menu, a list opened over the map) the way people expect: a press anywhere
 * outside it, or Escape wherever the keyboard focus is.
 */
export function useDismiss(open: boolean, rootRef: RefObject<HTMLElement | null>, onDismiss: () => void): void {
  const latest = useRef(onDismiss);
  latest.current = onDismiss;
  useEffect(() => {
    if (!open) return;
    const onPress = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) latest.current();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') latest.current();
    };
    window.addEventListener('mousedown', onPress);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', onPress);
      window.removeEventListener('keydown', onKey);
    };
  }, [open, rootRef]);
}
