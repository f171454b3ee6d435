import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/contract';
import type { AppInfo, WorkspaceInfo } from '../../../shared/schemas';
import { on } from '../api';
import { useShowError } from '../errors/ErrorProvider';
import { useLatest } from '../hooks/useLatest';
import { AboutBody } from './AboutBody';
import type { useImportActions } from './useImportActions';
import type { useWorkspaceActions } from './useWorkspaceActions';

/** The application menu's commands (File, Help): each runs what its button in the page runs. */
export function useMenuCommands(
  info: AppInfo,
  workspace: WorkspaceInfo | null,
  files: ReturnType<typeof useWorkspaceActions>,
  imports: ReturnType<typeof useImportActions>,
) {
  const { t } = useTranslation();
  const showError = useShowError();
  const { message, modal } = App.useApp();
  const noWorkspace = () => showError({ code: 'E_NO_WORKSPACE' });
  const handlers = useLatest<Record<MenuCommand, (path?: string) => void>>({
    'workspace:new': files.newWorkspace,
    'workspace:open': files.openWorkspace,
    'workspace:openRecent': (path) => path && files.openRecent(path),
    'workspace:close': files.close,
    'workspace:saveAs': workspace ? files.saveAs : noWorkspace,
    'workspace:duplicate': workspace ? files.duplicate : noWorkspace,
    'dataset:import': workspace ? imports.importData : noWorkspace,
    // The Segments page opens its export dialog itself when a run is on screen.
    'export:open': () => void (!workspace?.runs.length && message.info(t('export.nothing'))),
    'app:about': () => void modal.info({ title: t('about.title'), width: 560, content: <AboutBody info={info} /> }),
  });
  useEffect(() => on('menu:command', ({ command, path }) => handlers.current[command](path)), [handlers]);
}
