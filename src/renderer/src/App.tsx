import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/contract';
import { languageForLocale } from '../../shared/i18n';
import type { AppInfo, DatasetInfo, Language, RecentWorkspace, WorkspaceInfo } from '../../shared/schemas';
import { ApiError, call, dropFile, on } from './api';
import type { ErrorData } from '../../shared/errors';
import { ImportWizard, type ChosenFile } from './components/ImportWizard';
import { JobProgress } from './components/JobProgress';
import { useAppTheme } from './hooks/useAppTheme';
import { useDialogTabWrap } from './hooks/useDialogTabWrap';
import { useFormat } from './hooks/useFormat';
import { useJobRunner } from './hooks/useJobRunner';
import { useErrorDialog as useShowError } from './hooks/useErrorDialog';
import { Welcome } from './pages/Welcome';
import { WorkspaceView } from './pages/WorkspaceView';

interface Boot {
  info: AppInfo;
  language: Language;
}

function Shell({ boot, language, setLanguage }: { boot: Boot; language: Language; setLanguage(l: Language): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const showError = useShowError();
  const { message, modal } = AntApp.useApp();
  const jobs = useJobRunner();
  useDialogTabWrap();
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  const [wizardFile, setWizardFile] = useState<ChosenFile | null>(null);
  const [dragging, setDragging] = useState(false);

  const refreshRecent = useCallback(() => call('workspace:recent', {}).then(setRecent, showError), [showError]);
  const refresh = useCallback(() => call('workspace:current', {}).then(setWorkspace, showError), [showError]);

  useEffect(() => {
    void refresh();
    void refreshRecent();
  }, []);

  // A workspace the system handed over (a double-click on a .segdesk file) opens without the page asking.
  useEffect(() => {
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

  useEffect(() => {
    document.title = workspace ? `${workspace.name} — SegmentDesk` : 'SegmentDesk';
  }, [workspace?.name]);

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
    [showError, refreshRecent],
  );

  const actions = {
    newWorkspace: () => guard(() => call('workspace:new', {})),
    openWorkspace: () => guard(() => call('workspace:open', {})),
    openRecent: (path: string) => guard(() => call('workspace:openRecent', { path })),
    openDemo: () => guard(() => jobs.run('workspace:openDemo', {})),
    saveAs: () =>
      guard(async () => {
        const copy = await call('workspace:saveAs', {});
        if (copy) void message.success(t('workspace.savedAs', { file: copy.path }));
        return copy;
      }),
    duplicate: async () => {
      try {
        const copy = await call('workspace:duplicate', {});
        if (copy) void message.success(t('workspace.duplicated', { file: copy.path }));
      } catch (err) {
        showError(err);
      }
    },
    close: () =>
      guard(async () => {
        await call('workspace:close', {});
        setWorkspace(null);
        return null;
      }),
    importData: async () => {
      try {
        const chosen = await call('import:choose', {});
        if (chosen) setWizardFile(chosen);
      } catch (err) {
        showError(err);
      }
    },
    append: async (target: DatasetInfo) => {
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
    },
    /** A file dropped on the window: into the open workspace, or a new one (the dialog asks where). */
    importDropped: async (file: File) => {
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
    },
    imported: (dataset: DatasetInfo) => {
      setWizardFile(null);
      void message.success(t('data.imported', { rows: fmt.int(dataset.rowCount), file: dataset.sourceName }));
      void refresh();
    },
    forget: (path: string) => call('workspace:forgetRecent', { path }).then(setRecent, showError),
  };

  useEffect(() => {
    const handlers: Record<MenuCommand, (path?: string) => void> = {
      'workspace:new': () => void actions.newWorkspace(),
      'workspace:open': () => void actions.openWorkspace(),
      'workspace:openRecent': (path) => path && void actions.openRecent(path),
      'workspace:close': () => void actions.close(),
      'workspace:saveAs': () => void (workspace ? actions.saveAs() : showError({ code: 'E_NO_WORKSPACE' })),
      'workspace:duplicate': () => void (workspace ? actions.duplicate() : showError({ code: 'E_NO_WORKSPACE' })),
      'dataset:import': () => void (workspace ? actions.importData() : showError({ code: 'E_NO_WORKSPACE' })),
      // The Segments page opens its export dialog itself when a run is on screen.
      'export:open': () => void (!workspace?.runs.length && message.info(t('export.nothing'))),
      'app:about': () =>
        modal.info({
          title: t('about.title'),
          width: 560,
          content: (
            <div data-testid="about">
              <p>
                <strong>{t('about.version', { version: boot.info.version })}</strong>
                <br />
                {t('about.body')}
              </p>
              <p>{t('about.workspaces')}</p>
              <p>{t('about.dataDir', { dir: boot.info.dataDir })}</p>
              <p>{t('about.logs')}</p>
              <p>{t('about.licences')}</p>
              <p>{t('about.uninstall')}</p>
            </div>
          ),
        }),
    };
    return on('menu:command', ({ command, path }) => handlers[command](path));
  });

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void actions.importDropped(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" role="status">
          {t(workspace ? 'app.dropToImport' : 'app.dropToCreate')}
        </div>
      )}
      {workspace ? (
        <WorkspaceView
          workspace={workspace}
          language={language}
          onLanguage={setLanguage}
          onClose={actions.close}
          onSaveAs={actions.saveAs}
          onDuplicate={actions.duplicate}
          onImport={actions.importData}
          onAppend={(d) => void actions.append(d)}
          onChanged={refresh}
          onError={showError}
        />
      ) : (
        <Welcome
          info={boot.info}
          language={language}
          recent={recent}
          onLanguage={setLanguage}
          onDemo={actions.openDemo}
          onNew={actions.newWorkspace}
          onOpen={actions.openWorkspace}
          onOpenRecent={actions.openRecent}
          onForget={actions.forget}
        />
      )}
      <ImportWizard
        file={wizardFile}
        jobs={jobs}
        onClose={() => setWizardFile(null)}
        onImported={actions.imported}
        onError={showError}
      />
      <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
    </>
  );
}

/** Root: loads app info and the language, then provides locale and theme to the shell. */
export function App() {
  const { i18n } = useTranslation();
  const themeConfig = useAppTheme();
  const [boot, setBoot] = useState<Boot | null>(null);
  const [language, setLanguageState] = useState<Language>('en');

  useEffect(() => {
    void Promise.all([call('app:info', {}), call('settings:get', {})]).then(([info, settings]) => {
      const lang = settings.language ?? languageForLocale(info.systemLocale);
      void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
      setLanguageState(lang);
      setBoot({ info, language: lang });
    });
  }, []);

  const setLanguage = useCallback(
    (lang: Language) => {
      void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
      setLanguageState(lang);
      void call('settings:set', { language: lang });
    },
    [i18n],
  );

  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={themeConfig}>
      <AntApp style={{ height: '100%' }}>
        {boot ? <Shell boot={boot} language={language} setLanguage={setLanguage} /> : <Spin fullscreen />}
      </AntApp>
    </ConfigProvider>
  );
}
