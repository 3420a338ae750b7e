import { useSyncExternalStore } from 'react';

/**
 * Whether the Settings dialog is open: one for the whole page, opened alike by the workshop
 * list's button, the desktop menu's Settings… and Ctrl+, (⌘, on a Mac) on any screen. While a map
 * is shown, its action registry owns the key, so the key keeps to the action's modes (not during a
 * private voting turn).
 */
let open = false;
let keyTakers = 0;
const listeners = new Set<() => void>();

/** The map's keyboard listener runs the settings key while it is there; the app's listener leaves it alone until the returned function gives it back. */
export function takeSettingsKey(): () => void {
  keyTakers += 1;
  let given = false;
  return () => {
    if (given) return;
    given = true;
    keyTakers -= 1;
  };
}

export function settingsKeyIsTaken(): boolean {
  return keyTakers > 0;
}

function setOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of [...listeners]) listener();
}

export function openSettings(): void {
  setOpen(true);
}

export function closeSettings(): void {
  setOpen(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useSettingsOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
