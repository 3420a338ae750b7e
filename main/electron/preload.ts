import { contextBridge, ipcRenderer } from 'electron';
import type { VswApi } from '../../shared/api/contract';
import type { FeedBridge, FeedEvent } from '../../shared/sync/map-feed';
import { IPC_FEED_CHANNEL, IPC_INVOKE_CHANNEL } from './window-policy';

/**
 * The renderer's only door to the main process: one function, one IPC channel. No Electron
 * object crosses the bridge; the main process checks the sender and validates every input.
 */
const api: VswApi = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld('vsw', api);

/** The live feed, main to renderer only: the listener gets the events and nothing of Electron's. */
const feed: FeedBridge = {
  subscribe(listener) {
    const forward = (_event: unknown, message: FeedEvent) => listener(message);
    ipcRenderer.on(IPC_FEED_CHANNEL, forward);
    return () => void ipcRenderer.off(IPC_FEED_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('vswFeed', feed);
