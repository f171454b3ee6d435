import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './workspace/workspace-service';
import type { SaveKind } from '../shared/exports';
import type { Translate } from '../shared/i18n';
import { DATA_FILE_EXTENSIONS } from '../shared/import-settings';

/** The native open/save dialogs: the only source of file paths besides the recent list and drops. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null, t: Translate): Dialogs {
  // Named when a dialog opens (not now): in the language chosen by then, and `t` may not be usable yet.
  const workspaceFilter = () => [{ name: t('dialog.workspaceFilter'), extensions: ['segdesk'] }];
  async function open(filters: Electron.FileFilter[]): Promise<string | null> {
    const win = getWindow();
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  return {
    async chooseNewWorkspace(defaultName) {
      const win = getWindow();
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: workspaceFilter() };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    chooseWorkspace: () => open(workspaceFilter()),
    async chooseSaveFile(defaultName: string, kind: SaveKind) {
      const win = getWindow();
      const options: Electron.SaveDialogOptions = {
        defaultPath: defaultName,
        filters: [{ name: t(`dialog.saveFilter_${kind}`), extensions: [kind] }],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    chooseDataFile: () =>
      open([
        {
          name: t('dialog.dataFilter'),
          extensions: DATA_FILE_EXTENSIONS,
        },
      ]),
    chooseImageFile: () => open([{ name: t('dialog.imageFilter'), extensions: ['png', 'jpg', 'jpeg', 'svg'] }]),
  };
}
