import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { contract, EVENT_NAMES, PRELOAD_ONLY, type SegmentDeskApi } from '../shared/contract';

const requestNames = new Set<string>([...contract.keys()].filter((name) => !PRELOAD_ONLY.has(name)));
const eventNames = new Set<string>(EVENT_NAMES);

/**
 * `invoke` and `on`, derived from the contract, and `dropFile`, which turns a dropped File
 * into its path here (webUtils works only in the preload) so the page never names a path.
 */
const api: SegmentDeskApi = {
  invoke(name, input) {
    if (!requestNames.has(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'E_UNKNOWN_CHANNEL', message: `Unknown request: ${String(name)}` },
      });
    }
    return ipcRenderer.invoke(name, input);
  },
  on(event, listener) {
    if (!eventNames.has(event)) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  dropFile(file) {
    // A File the page made itself has no path: only a real drop (or file input) yields one.
    const path = file instanceof File ? webUtils.getPathForFile(file) : '';
    if (!path)
      return Promise.resolve({
        ok: false,
        error: { code: 'E_READ_FAILED', message: 'Only a file dropped from the computer can be imported.' },
      });
    return ipcRenderer.invoke('import:drop', { path });
  },
};

contextBridge.exposeInMainWorld('api', api);
