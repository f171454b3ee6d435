import { App } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../shared/exports';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import type { SqlExport } from '../../../../shared/sql-export';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { useCall } from '../../hooks/useCall';
import { SqlExportDialog } from './SqlExportDialog';
import { type SqlDraft, sqlDraftFor } from './sql-draft';
import { sqlRefusal, type SqlRefusal } from './sql-refusal';

/** A run's SQL export as its export menu offers it: why it cannot be (null: it can), what opens it, its dialog. */
export interface SqlExportAction {
  refusal: SqlRefusal | null;
  open(): void;
  element: ReactNode;
}

/** The folder a file was saved in, as the system writes it. */
const folderOf = (saved: ExportResult) =>
  saved.path.slice(0, saved.path.length - saved.fileName.length).replace(/[\\/]+$/, '') || saved.path;

/**
 * The SQL export of a run of this workspace: refused for a run the SQL cannot reproduce (a
 * clustering, a customers table: known at once; a rules run's fields: checked when the dialog
 * opens, with `onEditRun` as the way to fix them); the dialog keeps the engine, table and columns chosen while the dataset stays the same;
 * saving says where the file went, and an error says what happened in the UI language. Null while
 * the run or its dataset is not known.
 */
export function useSqlExport(
  runId: number | null,
  workspace: WorkspaceInfo | undefined,
  onEditRun?: () => void,
): SqlExportAction | null {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const run = workspace?.runs.find((r) => r.id === runId);
  const dataset = workspace?.datasets.find((d) => d.id === run?.datasetId);
  const linked = workspace?.datasets.find((d) => d.id === dataset?.customersDatasetId);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<SqlDraft | null>(null);
  const [saving, setSaving] = useState(false);
  // A rules run's rules, read when its dialog first opens (again at each opening: an edit re-makes a run in place).
  const [openedFor, setOpenedFor] = useState<number | null>(null);
  const rules = run?.model === 'rules' && openedFor === run.id ? run.id : null;
  const details = useCall(() => (rules === null ? null : call('run:get', { runId: rules })), [rules]);
  if (!run || !dataset) return null;

  const refusal = sqlRefusal({ model: run.model, dataset, linked, spec: details.data?.spec });
  const save = async (options: SqlExport) => {
    setSaving(true);
    try {
      const saved = await call('export:sql', { runId: run.id, options });
      // Cancelled in the save dialog: the choices stay open to try again.
      if (!saved) return;
      setOpen(false);
      const dialect = t(`sqlExport.dialect_${options.dialect}`);
      void message.success({
        content: t('sqlExport.saved', { file: saved.fileName, folder: folderOf(saved), dialect }),
        duration: 6,
      });
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  const current = draft?.datasetId === dataset.id ? draft : null;
  const element = current && (
    <SqlExportDialog
      open={open}
      dataset={dataset}
      draft={current}
      refusal={refusal}
      checking={details.loading}
      saving={saving}
      onDraft={setDraft}
      onEditRules={
        onEditRun &&
        (() => {
          setOpen(false);
          onEditRun();
        })
      }
      onCancel={() => setOpen(false)}
      onSave={(options) => void save(options)}
    />
  );
  return {
    refusal,
    open: () => {
      if (!current) setDraft(sqlDraftFor(dataset, draft?.dialect ?? 'duckdb'));
      if (openedFor === run.id) details.reload();
      else setOpenedFor(run.id);
      setOpen(true);
    },
    element,
  };
}
