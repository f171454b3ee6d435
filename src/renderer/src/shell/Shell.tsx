import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../../shared/schemas';
import { ImportWizard } from '../components/ImportWizard';
import { JobProgress } from '../components/JobProgress';
import { useDialogTabWrap } from '../hooks/useDialogTabWrap';
import { useJobRunner } from '../hooks/useJobRunner';
import { useReadOnly } from '../hooks/useReadOnly';
import { useWindowFileDrop } from '../hooks/useWindowFileDrop';
import { overviewDatasets } from '../pages/overview/overview-datasets';
import { Welcome } from '../pages/Welcome';
import { WorkspaceView } from '../pages/WorkspaceView';
import { useImportActions } from './useImportActions';
import { useMenuCommands } from './useMenuCommands';
import { useWorkspaceActions } from './useWorkspaceActions';
import { useWorkspaceSession } from './useWorkspaceSession';
import { useWorkspaceViews } from './useWorkspaceViews';

export interface ShellProps {
  info: AppInfo;
  language: Language;
  setLanguage(lang: Language): void;
}

/** The window's content: the welcome screen or the open workspace, the import wizard, the drop overlay, job progress. */
export function Shell({ info, language, setLanguage }: ShellProps) {
  const { t } = useTranslation();
  const jobs = useJobRunner();
  useDialogTabWrap();
  const session = useWorkspaceSession();
  const hasOrders = overviewDatasets(session.workspace?.datasets ?? []).length > 0;
  const { view, setView } = useWorkspaceViews(session.workspace?.path ?? null, hasOrders);
  // The demo opens on its Overview (its ready run stays the one the Segments page shows).
  const files = useWorkspaceActions(session, jobs, (demo) =>
    setView({ section: 'overview', segmentsRunId: demo.runs.at(-1)?.id ?? null }, demo.path),
  );
  // Orders just imported: their Overview, over the automatic period.
  const imports = useImportActions(session, jobs, (dataset) => {
    if (dataset.kind === 'transactions' || dataset.source.summarised)
      setView({ section: 'overview', overviewDatasetId: dataset.id, overviewPeriod: { kind: 'auto' }, meanings: null });
  });
  useMenuCommands(info, session.workspace, files, imports);
  const dragging = useWindowFileDrop(imports.importDropped);
  const { workspace, recent, refresh } = session;
  const readOnly = useReadOnly(Boolean(workspace?.readOnly));

  return (
    <>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" role="status">
          {readOnly ?? t(workspace ? 'app.dropToImport' : 'app.dropToCreate')}
        </div>
      )}
      {workspace ? (
        <WorkspaceView
          workspace={workspace}
          language={language}
          onLanguage={setLanguage}
          onClose={files.close}
          onSaveAs={files.saveAs}
          onDuplicate={files.duplicate}
          onImport={imports.importData}
          onAppend={imports.append}
          onChanged={() => void refresh()}
          view={view}
          onView={setView}
        />
      ) : (
        <Welcome
          info={info}
          language={language}
          recent={recent}
          onLanguage={setLanguage}
          onDemo={files.openDemo}
          onNew={files.newWorkspace}
          onOpen={files.openWorkspace}
          onOpenRecent={files.openRecent}
          onForget={files.forget}
        />
      )}
      <ImportWizard file={imports.wizardFile} jobs={jobs} onClose={imports.closeWizard} onImported={imports.imported} />
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
    </>
  );
}
