import { contextBridge, ipcRenderer } from 'electron';
import type { VswApi } from '../../shared/api/contract';
import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';
import { IPC_FEED_CHANNEL, IPC_INVOKE_CHANNEL } from './window-policy';

/**
 * The renderer's only door to the main process: one function that calls, on one IPC channel, and
 * the live feed, which only listens (main to renderer) on another. No Electron object crosses the
 * bridge: the feed's listener gets the event's data alone; the main process checks the sender and
 * validates every input.
 */
const api: VswApi & FeedBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
  subscribe(listener) {
    const forward = (_event: unknown, message: FeedEvent) => listener(message);
    ipcRenderer.on(IPC_FEED_CHANNEL, forward);
    return () => void ipcRenderer.off(IPC_FEED_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('vsw', api);
