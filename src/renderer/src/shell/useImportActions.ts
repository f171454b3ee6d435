import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { call, dropFile } from '../api';
import type { ChosenFile } from '../components/ImportWizard';
import { useShowError } from '../errors/ErrorProvider';
import { useFormat } from '../hooks/useFormat';
import type { useJobRunner } from '../hooks/useJobRunner';
import type { WorkspaceSession } from './useWorkspaceSession';

/**
 * Bringing data in: a file chosen in a dialog or dropped on the window (into the import wizard),
 * or appended to a dataset. A read-only workspace takes none: that is said instead of asking.
 */
export function useImportActions(session: WorkspaceSession, jobs: ReturnType<typeof useJobRunner>) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const showError = useShowError();
  const { message } = App.useApp();
  const [wizardFile, setWizardFile] = useState<ChosenFile | null>(null);
  const { workspace, setWorkspace, refresh, refreshRecent } = session;
  /** Whether a file may come in; for a read-only workspace that it may not is said instead. */
  const writable = () => {
    if (workspace?.readOnly) showError({ code: 'E_WORKSPACE_READ_ONLY' });
    return !workspace?.readOnly;
  };

  const append = async (target: DatasetInfo) => {
    try {
      const chosen = await call('import:choose', {});
      if (!chosen) return;
      const after = await jobs.run('import:append', { token: chosen.token, datasetId: target.id, settings: {} });
      void call('import:forget', { token: chosen.token });
      const record = after.quality.appended?.at(-1);
      if (record)
        void message.success(
          t('data.appended', {
            rows: fmt.int(record.rowsAdded),
            overlap: fmt.int(record.overlap),
            file: record.sourceName,
          }),
        );
    } catch (err) {
      showError(err);
    } finally {
      void refresh();
    }
  };

  /** A file dropped on the window: into the open workspace, or a new one (the dialog asks where). */
  const importDropped = async (file: File) => {
    if (!writable()) return;
    try {
      if (!workspace) {
        const created = await call('workspace:new', {});
        void refreshRecent();
        if (!created) return;
        setWorkspace(created);
      }
      setWizardFile(await dropFile(file));
    } catch (err) {
      showError(err);
    }
  };

  return {
    wizardFile,
    closeWizard: () => setWizardFile(null),
    importData: () => {
      if (!writable()) return;
      void call('import:choose', {}).then((chosen) => {
        if (chosen) setWizardFile(chosen);
      }, showError);
    },
    append: (target: DatasetInfo) => void append(target),
    importDropped: (file: File) => void importDropped(file),
    imported: (dataset: DatasetInfo) => {
      setWizardFile(null);
      void message.success(t('data.imported', { rows: fmt.int(dataset.rowCount), file: dataset.sourceName }));
      void refresh();
    },
  };
}
