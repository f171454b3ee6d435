import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { languageForLocale } from '../../shared/i18n';
import type { ImportSettings } from '../../shared/import-settings';
import type { Language, RecentWorkspace, Settings, WorkspaceInfo } from '../../shared/schemas';
import { removeDatabaseFiles, WORKSPACE_EXTENSION, WorkspaceStore, workspaceName } from '../store/workspace-store';
import type { JobHost } from '../worker/job-host';
import type { ImportDatasetInput } from '../worker/jobs/import-input';
import type { ServiceContext } from './service-context';
import type { ServiceDeps } from './service-deps';
import { SettingsFile } from './settings-file';

export const DEMO_WORKSPACE_FILE = `SegmentDesk Demo${WORKSPACE_EXTENSION}`;
export const DEMO_DATA_FILE = join('demo', 'orders.csv');

const withWorkspaceExtension = (file: string) =>
  file.endsWith(WORKSPACE_EXTENSION) ? file : file + WORKSPACE_EXTENSION;

/** The open workspace and the app's own state: open, create, close, copy, the recent list, the demo, the language. */
export class WorkspaceSession {
  store: WorkspaceStore | null = null;
  readonly settings: SettingsFile;

  private readonly deps: ServiceDeps;
  private readonly jobs: JobHost;

  constructor(private readonly ctx: ServiceContext) {
    this.deps = ctx.deps;
    this.jobs = ctx.jobs;
    this.settings = new SettingsFile(join(ctx.deps.stateDir, 'settings.json'));
  }

  getSettings(): Settings {
    return { language: this.settings.read().language };
  }

  /** The app's language: the user's choice, else the system's. */
  language(): Language {
    return this.settings.read().language ?? languageForLocale(this.deps.systemLocale);
  }

  setLanguage(language: Language): Settings {
    const next = this.settings.update((s) => ({ ...s, language })).language;
    this.deps.onStateChanged?.();
    return { language: next };
  }

  current(): WorkspaceInfo | null {
    return this.store?.info() ?? null;
  }

  private async activate(open: () => WorkspaceStore): Promise<WorkspaceInfo> {
    const next = open(); // a refused file leaves the current workspace open
    await this.closeStore();
    this.store = next;
    if (this.deps.rememberRecent !== false) {
      this.settings.touchRecent(next.path);
      this.deps.onStateChanged?.();
    }
    this.deps.emit('workspace:changed', { path: next.path });
    return next.info();
  }

  /** Creates a workspace; `overwrite` only when the user confirmed it (the save dialog asks). */
  async createAt(file: string, options: { overwrite?: boolean } = {}): Promise<WorkspaceInfo> {
    const path = withWorkspaceExtension(file);
    // Replacing the open workspace's own file: it is closed first, not deleted under its connection.
    if (options.overwrite && this.store?.path === path) await this.closeStore();
    return this.activate(() =>
      WorkspaceStore.create(path, { ...this.storeOptions(), overwrite: options.overwrite ?? false }),
    );
  }

  /**
   * Opens a workspace; a write-protected one opens read-only (view, export, copy). `readOnly`:
   * the caller only reads (CLI info, lists, exports), so nothing is written to the file.
   */
  async openAt(file: string, options: { readOnly?: boolean } = {}): Promise<WorkspaceInfo> {
    if (this.store?.path === file) return this.store.info();
    return this.activate(() => WorkspaceStore.open(file, { ...this.storeOptions(), ...options }));
  }

  private storeOptions() {
    return {
      nativeBinding: this.deps.nativeBinding,
      program: this.deps.program,
      writeBlocker: this.deps.writeBlocker,
    };
  }

  /** Copies the open workspace to `file` (SQLite's backup API; consistent while open); returns the copy's path. */
  async copyWorkspaceTo(file: string): Promise<string> {
    const path = withWorkspaceExtension(file);
    await this.ctx.requireStore().copyTo(path, this.storeOptions());
    return path;
  }

  private chooseCopy(): Promise<string | null> {
    return this.deps.dialogs.chooseNewWorkspace(
      `${workspaceName(this.ctx.requireStore().path)} copy${WORKSPACE_EXTENSION}`,
    );
  }

  /** File → Save As: the copy becomes the open workspace; the original stays as it was. */
  async saveAs(): Promise<WorkspaceInfo | null> {
    const file = await this.chooseCopy();
    return file ? this.openAt(await this.copyWorkspaceTo(file)) : null;
  }

  /** File → Duplicate: a copy is written; the open workspace stays open. */
  async duplicate(): Promise<{ path: string } | null> {
    const file = await this.chooseCopy();
    return file ? { path: await this.copyWorkspaceTo(file) } : null;
  }

  async newWorkspace(): Promise<WorkspaceInfo | null> {
    const file = await this.deps.dialogs.chooseNewWorkspace(`Untitled${WORKSPACE_EXTENSION}`);
    return file ? this.createAt(file, { overwrite: true }) : null;
  }

  openRecent(file: string): Promise<WorkspaceInfo> {
    if (!this.settings.read().recent.some((r) => r.path === file)) {
      throw new AppError('E_NOT_IN_RECENT', 'That workspace is not in the recent list.');
    }
    if (!existsSync(file)) throw new AppError('E_FILE_NOT_FOUND', `The workspace file is no longer there: ${file}`);
    return this.openAt(file);
  }

  /** Opens the demo workspace, building it from the shipped sample the first time. */
  async openDemo(jobId: string): Promise<WorkspaceInfo> {
    mkdirSync(this.deps.stateDir, { recursive: true });
    const file = this.demoPath();
    if (existsSync(file)) {
      try {
        return await this.openAt(file);
      } catch {
        // A damaged demo is rebuilt: it holds nothing of the user's.
      }
    }
    const store = WorkspaceStore.create(file, { ...this.storeOptions(), overwrite: true });
    try {
      await this.jobs.run(
        'dataset:import',
        this.importInput(file, join(this.deps.resourcesDir, DEMO_DATA_FILE), { name: 'Demo orders' }),
        jobId,
      );
    } catch (err) {
      store.close();
      removeDatabaseFiles(file);
      throw err;
    }
    return this.activate(() => store);
  }

  /** Where the demo workspace lives. */
  demoPath(): string {
    return join(this.deps.stateDir, DEMO_WORKSPACE_FILE);
  }

  async close(): Promise<void> {
    await this.closeStore();
    this.deps.emit('workspace:changed', { path: null });
  }

  async closeStore(): Promise<void> {
    if (!this.store) return;
    this.jobs.cancelAll();
    await this.jobs.idle();
    this.store.close();
    this.store = null;
  }

  recent(): RecentWorkspace[] {
    return this.settings.read().recent.map((r) => ({
      path: r.path,
      name: workspaceName(r.path),
      openedAt: r.openedAt,
      exists: existsSync(r.path),
    }));
  }

  forgetRecent(file: string): RecentWorkspace[] {
    this.settings.update((s) => ({ ...s, recent: s.recent.filter((r) => r.path !== file) }));
    this.deps.onStateChanged?.();
    return this.recent();
  }

  /** The clock and the currency of the UI language, with the user's settings. */
  importInput(workspacePath: string, filePath: string, settings: ImportSettings): ImportDatasetInput {
    const language = this.settings.read().language ?? languageForLocale(this.deps.systemLocale);
    return {
      workspacePath,
      filePath,
      settings,
      now: this.ctx.now(),
      fallbackCurrency: language === 'zh-CN' ? 'CNY' : 'USD',
    };
  }
}
