import { useEffect, useRef } from 'react';
import type { DesktopBridge } from '../../shared/desktop/desktop-command';
import { createDesktopCommands, type CommandHandler, type DesktopCommands } from './desktop-commands';

declare global {
  interface Window {
    /** Exposed by the Electron preload: the desktop menu's side of the bridge; absent in the browser host. */
    vswDesktop?: DesktopBridge;
  }
}

let commands: DesktopCommands | null = null;

/** The page's one listener for the desktop menu, started by the first part of the screen that asks. */
export function desktopCommands(): DesktopCommands {
  commands ??= createDesktopCommands(window.vswDesktop);
  return commands;
}

function useLatest(handler: CommandHandler): CommandHandler {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  return useRef<CommandHandler>((command) => latest.current(command)).current;
}

/** A part of the screen takes the menu commands it handles while it is shown. */
export function useDesktopCommands(handler: CommandHandler): void {
  const stable = useLatest(handler);
  useEffect(() => desktopCommands().handle(stable), [stable]);
}

/** The app shell takes what no part of the screen took. */
export function useDesktopFallback(handler: CommandHandler): void {
  const stable = useLatest(handler);
  useEffect(() => desktopCommands().fallBackTo(stable), [stable]);
}
