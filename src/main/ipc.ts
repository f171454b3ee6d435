import { ipcMain } from 'electron';
import { requests } from '../shared/contract';
import { isAppPage, type AppOrigin } from './security';
import type { Dispatch } from './workspace/create-dispatcher';

/**
 * One ipcMain handler per contract entry, all through the same dispatcher (zod-checked
 * input). A message from any frame that is not the app's own page is refused.
 */
export function registerIpc(dispatch: Dispatch, origin: AppOrigin): void {
  for (const { name } of requests) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isAppPage(event.senderFrame?.url ?? '', origin)) {
        return { ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: 'Request from an unknown sender' } };
      }
      return dispatch(name, input);
    });
  }
}
