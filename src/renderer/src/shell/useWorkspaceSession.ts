import { useCallback, useEffect, useState } from 'react';
import type { ErrorData } from '../../../shared/errors';
import type { RecentWorkspace, WorkspaceInfo } from '../../../shared/schemas';
import { ApiError, call, on } from '../api';
import { useShowError } from '../errors/ErrorProvider';

/**
 * The open workspace and the recent list, read at start and again whenever main says the
 * workspace changed (a workspace the system handed over, a double-click on a .segdesk file,
 * opens without the page asking); main's own errors are shown.
 */
export function useWorkspaceSession() {
  const showError = useShowError();
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);

  const refreshRecent = useCallback(() => call('workspace:recent', {}).then(setRecent, showError), [showError]);
  const refresh = useCallback(() => call('workspace:current', {}).then(setWorkspace, showError), [showError]);

  useEffect(() => {
    void refresh();
    void refreshRecent();
    const offChanged = on('workspace:changed', () => {
      void refresh();
      void refreshRecent();
    });
    const offError = on('app:error', ({ error }) => showError(new ApiError(error as ErrorData)));
    return () => {
      offChanged();
      offError();
    };
  }, [refresh, refreshRecent, showError]);

  const name = workspace?.name;
  useEffect(() => {
    document.title = name ? `${name} — SegmentDesk` : 'SegmentDesk';
  }, [name]);

  return { workspace, setWorkspace, recent, setRecent, refresh, refreshRecent };
}

export type WorkspaceSession = ReturnType<typeof useWorkspaceSession>;
