import { ipcMain } from 'electron';
import { requests } from '../shared/contract';
import type { Dispatch } from './workspace/create-dispatcher';

/** One ipcMain handler per contract entry, all through the same dispatcher (zod-checked input). */
export function registerIpc(dispatch: Dispatch): void {
  for (const { name } of requests) {
    ipcMain.handle(name, (_event, input: unknown) => dispatch(name, input));
  }
}
