import { contextBridge, ipcRenderer } from 'electron';
import type { VswApi } from '../../shared/api/contract';
import { IPC_INVOKE_CHANNEL } from './window-policy';

/**
 * The renderer's only door to the main process: one function, one IPC channel. No Electron
 * object crosses the bridge; the main process checks the sender and validates every input.
 */
const api: VswApi = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld('vsw', api);
