import { App } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/schemas';
import { call, dropFile } from '../api';
import type { ChosenFile } from '../components/ImportWizard';
import { useImportInstead, useShowError } from '../errors/ErrorProvider';
import type { Formatters } from '../hooks/create-formatters';
import { useFormat } from '../hooks/useFormat';
import type { useJobRunner } from '../hooks/useJobRunner';
import type { WorkspaceSession } from './useWorkspaceSession';
import { sharesLeftOutText } from '../../../shared/shares-left-out';

type Jobs = ReturnType<typeof useJobRunner>;

/**
 * Bringing data in: a file chosen in a dialog or dropped on the window (into the import wizard),
 * or appended to a dataset. A read-only workspace takes none: that is said instead of asking.
 * `onImported` gets each dataset once it is imported and listed (the shell shows its Overview).
 */
export function useImportActions(session: WorkspaceSession, jobs: Jobs, onImported: (dataset: DatasetInfo) => void) {
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

  /** A new workspace to import into (the dialog asks where); false when the user cancelled it. */
  const newWorkspace = async () => {
    const created = await call('workspace:new', {});
    void refreshRecent();
    if (created) setWorkspace(created);
    return created !== null;
  };

  /** A file dropped on the window: into the open workspace, or a new one. */
  const importDropped = async (file: File) => {
    if (!writable()) return;
    try {
      if (!workspace && !(await newWorkspace())) return;
      setWizardFile(await dropFile(file));
    } catch (err) {
      showError(err);
    }
  };

  // A data file opened as a workspace: the error dialog offers to import it into a new workspace instead.
  useImportInstead((file) => {
    newWorkspace().then((created) => created && setWizardFile(file), showError);
  });

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
      void message.success(importedText(dataset, t, fmt));
      // Once the workspace lists it, so the page that shows it finds it.
      void refresh().then(() => onImported(dataset));
    },
  };
}

/** What the toast says of an import: the rows kept, or for a summary the order lines and the customers they made. */
function importedText(dataset: DatasetInfo, t: TFunction, fmt: Formatters): string {
  const { summarised } = dataset.source;
  if (!summarised) return t('data.imported', { rows: fmt.int(dataset.rowCount), file: dataset.sourceName });
  const params = {
    rows: fmt.int(dataset.quality.rowsKept),
    customers: fmt.int(dataset.rowCount),
    file: dataset.sourceName,
  };
  return summarised.sharesLeftOut
    ? t('data.summarisedWithout', {
        ...params,
        note: sharesLeftOutText(summarised.sharesLeftOut, (k, p) => t(k, p), fmt.int),
      })
    : t('data.summarised', params);
}
