import type { DesktopCommand } from '../../../shared/desktop/desktop-command';
import type { DesktopWindows } from '../../../main/desktop/desktop-windows';

/** Windows that record what they were asked to show, for the desktop integration's tests. */
export type RecordedWindows = DesktopWindows & {
  focused: DesktopCommand[];
  main: DesktopCommand[];
  errors: Array<{ message: string; detail: string }>;
};

export function recordingWindows(): RecordedWindows {
  const focused: DesktopCommand[] = [];
  const main: DesktopCommand[] = [];
  const errors: Array<{ message: string; detail: string }> = [];
  return {
    focused,
    main,
    errors,
    sendToFocused: (command) => focused.push(command),
    showInMainWindow: (command) => main.push(command),
    showError: (message, detail) => errors.push({ message, detail }),
  };
}
