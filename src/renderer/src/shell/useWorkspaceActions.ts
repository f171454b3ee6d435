import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/schemas';
import { call } from '../api';
import { useShowError } from '../errors/ErrorProvider';
import type { useJobRunner } from '../hooks/useJobRunner';
import type { WorkspaceSession } from './useWorkspaceSession';

/** What can be done to workspaces as files: new, open, the demo, save as, duplicate, close, forget a recent one. */
export function useWorkspaceActions(
  session: WorkspaceSession,
  jobs: ReturnType<typeof useJobRunner>,
  /** Called with the demo workspace once it is open. */
  onDemo: (demo: WorkspaceInfo) => void,
) {
  const { t } = useTranslation();
  const showError = useShowError();
  const { message } = App.useApp();
  const { setWorkspace, refreshRecent, setRecent } = session;

  /** Runs an action that may open a workspace; errors are shown, nothing else changes. */
  const guard = useCallback(
    async (action: () => Promise<WorkspaceInfo | null>) => {
      try {
        const opened = await action();
        if (opened) setWorkspace(opened);
      } catch (err) {
        showError(err);
      } finally {
        void refreshRecent();
      }
    },
    [showError, refreshRecent, setWorkspace],
  );

  return {
    newWorkspace: () => void guard(() => call('workspace:new', {})),
    openWorkspace: () => void guard(() => call('workspace:open', {})),
    openRecent: (path: string) => void guard(() => call('workspace:openRecent', { path })),
    openDemo: () =>
      void guard(async () => {
        const demo = await jobs.run('workspace:openDemo', {});
        onDemo(demo);
        return demo;
      }),
    saveAs: () =>
      void guard(async () => {
        const copy = await call('workspace:saveAs', {});
        if (copy) void message.success(t('workspace.savedAs', { file: copy.path }));
        return copy;
      }),
    duplicate: () =>
      void call('workspace:duplicate', {}).then((copy) => {
        if (copy) void message.success(t('workspace.duplicated', { file: copy.path }));
      }, showError),
    close: () =>
      void guard(async () => {
        await call('workspace:close', {});
        setWorkspace(null);
        return null;
      }),
    forget: (path: string) => void call('workspace:forgetRecent', { path }).then(setRecent, showError),
  };
}
