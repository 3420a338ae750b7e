import { useSyncExternalStore } from 'react';

/**
 * Whether the Settings dialog is open: one for the whole page, opened alike by the workshop
 * list's button, the desktop menu's Settings… and Ctrl+, (⌘, on a Mac) on any screen.
 */
let open = false;
const listeners = new Set<() => void>();

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
