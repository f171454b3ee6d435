import { ipcMain } from 'electron';
import { requests } from '../shared/contract';
import { isAppUrl } from './security';
import type { Dispatch } from './workspace/create-dispatcher';

/**
 * One ipcMain handler per contract entry, all through the same dispatcher (zod-checked
 * input). A message from any frame that is not the app's own page is refused.
 */
export function registerIpc(dispatch: Dispatch, devServerUrl?: string): void {
  for (const { name } of requests) {
    ipcMain.handle(name, (event, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url, devServerUrl) || url.startsWith('data:') || url.startsWith('blob:')) {
        return { ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: 'Request from an unknown sender' } };
      }
      return dispatch(name, input);
    });
  }
}
