import type { DesktopCommand } from '../../shared/desktop/desktop-command';

/**
 * What the desktop integration (the menu, files handed over by the system) asks of the windows.
 * The shell provides it with Electron's windows and dialogs; tests provide fakes.
 */
export type DesktopWindows = {
  /** To the window the user is working in, if any: a menu click. */
  sendToFocused: (command: DesktopCommand) => void;
  /** To the main window, shown, focused and opened first if it was closed: a workshop to show. */
  showInMainWindow: (command: DesktopCommand) => void;
  /** A refusal the user must read: which file or workshop, and why. */
  showError: (message: string, detail: string) => void;
};
