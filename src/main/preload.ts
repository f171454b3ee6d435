import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contract, EVENT_NAMES, type SegmentDeskApi } from '../shared/contract';

const requestNames = new Set<string>(contract.keys());
const eventNames = new Set<string>(EVENT_NAMES);

/** `invoke` and `on`, derived from the contract, and nothing else reaches the page. */
const api: SegmentDeskApi = {
  invoke(name, input) {
    if (!requestNames.has(name)) {
      return Promise.resolve({ ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: `Unknown request: ${String(name)}` } });
    }
    return ipcRenderer.invoke(name, input);
  },
  on(event, listener) {
    if (!eventNames.has(event)) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', api);
