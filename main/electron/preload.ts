import { contextBridge, ipcRenderer } from 'electron';
import type { VswApi } from '../../shared/api/contract';
import type { DesktopBridge } from '../../shared/desktop/desktop-command';
import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';
import { IPC_COMMAND_CHANNEL, IPC_FEED_CHANNEL, IPC_INVOKE_CHANNEL, IPC_MENU_STATE_CHANNEL } from './window-policy';

/**
 * The renderer's only door to the main process: one function that calls, on one IPC channel, and
 * the live feed, which only listens (main to renderer) on another. No Electron object crosses the
 * bridge: the feed's listener gets the event's data alone; the main process checks the sender and
 * validates every input. The desktop menu's commands (main to renderer) wait here until the page
 * listens, so a file opened by double-click while the page is still loading is not lost; the page
 * validates each. The page reports which map actions it can run now, for the menu (renderer to main).
 */
const waiting: unknown[] = [];
let commandListener: ((command: unknown) => void) | null = null;
ipcRenderer.on(IPC_COMMAND_CHANNEL, (_event: unknown, command: unknown) => {
  if (commandListener) commandListener(command);
  else waiting.push(command);
});

const api: VswApi & FeedBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
  subscribe(listener) {
    const forward = (_event: unknown, message: FeedEvent) => listener(message);
    ipcRenderer.on(IPC_FEED_CHANNEL, forward);
    return () => void ipcRenderer.off(IPC_FEED_CHANNEL, forward);
  },
};

const desktop: DesktopBridge = {
  onCommand(listener) {
    commandListener = listener;
    for (const command of waiting.splice(0)) listener(command);
    return () => {
      if (commandListener === listener) commandListener = null;
    };
  },
  reportMenuState: (available) => ipcRenderer.send(IPC_MENU_STATE_CHANNEL, available),
};

contextBridge.exposeInMainWorld('vsw', api);
contextBridge.exposeInMainWorld('vswDesktop', desktop);
