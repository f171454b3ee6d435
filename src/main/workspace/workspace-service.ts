import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Emit } from '../../shared/contract';
import type { ColumnStats, JoinStats, PageQuery } from '../../shared/explore';
import { PREVIEW_ROWS, type ImportSettings, type InspectResult } from '../../shared/import-settings';
import { AppError } from '../../shared/errors';
import type { ChooseKResult, ClusterSpec } from '../../shared/cluster';
import type {
  ExportColumn,
  ExportResult,
  MembersExport,
  Paper,
  ReportOptions,
  SaveKind,
  SummaryExport,
} from '../../shared/exports';
import { writeAtomically } from '../engine/report/write-atomically';
import type {
  AppInfo,
  DatasetInfo,
  Language,
  RecentWorkspace,
  RunInfo,
  Settings,
  WorkspaceInfo,
} from '../../shared/schemas';
import type { Table } from 'apache-arrow';
import type {
  BandsRequest,
  ModelSpec,
  RuleFieldInfo,
  RuleTemplateInfo,
  RunResult,
  SegmentRule,
} from '../../shared/segments';
import {
  insertCampaign,
  readCampaigns,
  readRun,
  readRunMembers,
  readSegmentNotes,
  writeSegmentNote,
  type SavedCampaign,
} from '../store/runs';
import { removeDatabaseFiles, WORKSPACE_EXTENSION, WorkspaceStore, workspaceName } from '../store/workspace-store';
import { readHead } from '../engine/io/open-byte-stream';
import { JobHost } from '../worker/job-host';
import type { ImportDatasetInput } from '../worker/jobs/import-dataset';
import { createTranslate, languageForLocale } from '../../shared/i18n';
import { SettingsFile } from './settings-file';
import { reappliedSpec, type ReapplyOptions } from '../../shared/reapply';
import type { CompareResult, Move } from '../../shared/compare';
import { membership } from '../engine/monitor/migration';
import { rowLabel } from '../../shared/compare';
import { splitGroups } from '../engine/stats/control-group';
import { csvText, encodeText, type Cell } from '../engine/report/csv-text';
import type { Comparison } from '../../shared/compare';
import { comparisonOf } from '../engine/monitor/comparison';
import type { CampaignResultsInfo } from '../../shared/campaign';
import type { CampaignColumns } from '../../shared/campaign';

/** Native dialogs in Electron; scripted answers in tests. A path comes only from here or from the recent list. */
export interface Dialogs {
  chooseNewWorkspace(defaultName: string): Promise<string | null>;
  chooseWorkspace(): Promise<string | null>;
  chooseDataFile(): Promise<string | null>;
  /** Where to save an export (a save dialog that asks before replacing a file). */
  chooseSaveFile(defaultName: string, kind: SaveKind): Promise<string | null>;
}

/** Prints a standalone HTML document to PDF (Electron's hidden window, or a Chromium found on the machine). */
export type PrintPdf = (html: string, paper: Paper) => Promise<Uint8Array>;

export interface ServiceDeps {
  /** Where settings.json and the demo workspace live (Electron's userData). */
  stateDir: string;
  /** The app's resources/ folder (demo data). */
  resourcesDir: string;
  workerPath: string;
  nativeBinding?: string;
  systemLocale: string;
  appVersion: string;
  platform: string;
  dialogs: Dialogs;
  emit: Emit;
  /** Named in a workspace's lock ('SegmentDesk', 'SegmentDesk CLI'). */
  program?: string;
  /** False for the CLI: a batch command does not change the app's recent list. */
  rememberRecent?: boolean;
  /** Called after the language or the recent list changed (the Electron menu rebuilds). */
  onStateChanged?: () => void;
  /** The clock (UTC ms); injectable so tests can say what "the future" is. */
  now?: () => number;
  /** How reports become PDFs here; without one, a PDF export fails with E_NO_PRINTER. */
  printPdf?: PrintPdf;
}

/** A list of customers (a header row, then one row each) written as CSV, UTF-8 with BOM, through a temporary file. */
async function writeCsvList(target: string, lines: Cell[][]): Promise<ExportResult> {
  const { bytes } = encodeText(csvText(lines, ','), 'utf8');
  await writeAtomically(target, (temp) => writeFileSync(temp, bytes));
  return { path: target, fileName: basename(target), bytes: bytes.length, rows: lines.length - 1, replaced: 0 };
}

/** A file name from a run's name: characters no file system takes are replaced. */
export function exportFileName(runName: string, suffix: string, kind: SaveKind): string {
  const base = `${runName} ${suffix}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base}.${kind}`;
}

const withWorkspaceExtension = (file: string) =>
  file.endsWith(WORKSPACE_EXTENSION) ? file : file + WORKSPACE_EXTENSION;

/** The chosen path, with the kind's extension when the user left it off. */
const withExtension = (path: string, kind: SaveKind) =>
  extname(path).toLowerCase() === `.${kind}` ? path : `${path}.${kind}`;

export const DEMO_WORKSPACE_FILE = `SegmentDesk Demo${WORKSPACE_EXTENSION}`;
export const DEMO_DATA_FILE = join('demo', 'orders.csv');

/** The service behind every request. Plain Node: no electron import. */
export class WorkspaceService {
  readonly jobs: JobHost;
  private store: WorkspaceStore | null = null;
  private readonly settings: SettingsFile;
  private readonly chosenFiles = new Map<string, string>();

  constructor(private readonly deps: ServiceDeps) {
    this.settings = new SettingsFile(join(deps.stateDir, 'settings.json'));
    this.jobs = new JobHost({
      workerPath: deps.workerPath,
      config: {
        nativeBinding: deps.nativeBinding,
        partReaderPath: join(dirname(deps.workerPath), 'part-thread.js'),
        kernelThreadPath: join(dirname(deps.workerPath), 'kernel-thread.js'),
      },
      emit: deps.emit,
    });
  }

  appInfo(): AppInfo {
    const { appVersion, systemLocale, platform } = this.deps;
    return { name: 'SegmentDesk', version: appVersion, systemLocale, platform, dataDir: this.deps.stateDir };
  }

  getSettings(): Settings {
    return { language: this.settings.read().language };
  }

  setLanguage(language: Language): Settings {
    const next = this.settings.update((s) => ({ ...s, language })).language;
    this.deps.onStateChanged?.();
    return { language: next };
  }

  get settingsFile(): SettingsFile {
    return this.settings;
  }

  current(): WorkspaceInfo | null {
    return this.store?.info() ?? null;
  }

  private requireStore(): WorkspaceStore {
    if (!this.store) throw new AppError('E_NO_WORKSPACE', 'No workspace is open.');
    return this.store;
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

  async openAt(file: string): Promise<WorkspaceInfo> {
    if (this.store?.path === file) return this.store.info();
    return this.activate(() => WorkspaceStore.open(file, this.storeOptions()));
  }

  private storeOptions() {
    return { nativeBinding: this.deps.nativeBinding, program: this.deps.program };
  }

  /** Copies the open workspace to `file` (SQLite's backup API; consistent while open); returns the copy's path. */
  async copyWorkspaceTo(file: string): Promise<string> {
    const path = withWorkspaceExtension(file);
    await this.requireStore().copyTo(path, this.storeOptions());
    return path;
  }

  private chooseCopy(): Promise<string | null> {
    return this.deps.dialogs.chooseNewWorkspace(
      `${workspaceName(this.requireStore().path)} copy${WORKSPACE_EXTENSION}`,
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

  async openWorkspace(): Promise<WorkspaceInfo | null> {
    const file = await this.deps.dialogs.chooseWorkspace();
    return file ? this.openAt(file) : null;
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
    const file = join(this.deps.stateDir, DEMO_WORKSPACE_FILE);
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

  async close(): Promise<void> {
    await this.closeStore();
    this.deps.emit('workspace:changed', { path: null });
  }

  private async closeStore(): Promise<void> {
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
  private importInput(workspacePath: string, filePath: string, settings: ImportSettings): ImportDatasetInput {
    const language = this.settings.read().language ?? languageForLocale(this.deps.systemLocale);
    return {
      workspacePath,
      filePath,
      settings,
      now: (this.deps.now ?? Date.now)(),
      fallbackCurrency: language === 'zh-CN' ? 'CNY' : 'USD',
    };
  }

  /** Remembers a file the user chose (dialog or drop) under a token: the renderer never names paths. */
  registerFile(filePath: string): { token: string; fileName: string } {
    const token = randomUUID();
    this.chosenFiles.set(token, filePath);
    return { token, fileName: basename(filePath) };
  }

  /** A file dropped on the window: checked to be a readable file, then chosen like one from the dialog. */
  dropFile(filePath: string): { token: string; fileName: string } {
    readHead(filePath, 1);
    return this.registerFile(filePath);
  }

  private chosenFile(token: string): string {
    const file = this.chosenFiles.get(token);
    if (!file) throw new AppError('E_NOT_FOUND', 'That file is no longer chosen; choose it again.');
    return file;
  }

  /** The import dialog: a data file for the wizard. */
  async chooseImport(): Promise<{ token: string; fileName: string } | null> {
    this.requireStore();
    const filePath = await this.deps.dialogs.chooseDataFile();
    return filePath ? this.registerFile(filePath) : null;
  }

  /** What an import of the chosen file would do, from its first rows (the wizard's preview). */
  inspectImport(
    token: string,
    settings: ImportSettings,
    jobId?: string,
    maxRows: number | null = PREVIEW_ROWS,
  ): Promise<InspectResult> {
    const { filePath, now, fallbackCurrency } = this.importInput('', this.chosenFile(token), settings);
    return this.jobs.run(
      'dataset:inspect',
      { filePath, settings, now, fallbackCurrency, maxRows: maxRows ?? undefined, previewRows: 100 },
      jobId,
    );
  }

  /** Imports the chosen file into the open workspace with the wizard's settings. */
  runImport(token: string, settings: ImportSettings, jobId?: string): Promise<DatasetInfo> {
    const store = this.requireStore();
    return this.jobs.run('dataset:import', this.importInput(store.path, this.chosenFile(token), settings), jobId);
  }

  /** Appends the chosen file (a newer export) to a transactions dataset with the dataset's mapping. */
  appendImport(token: string, datasetId: number, settings: ImportSettings, jobId?: string): Promise<DatasetInfo> {
    const store = this.requireStore();
    store.dataset(datasetId);
    const { filePath, now, fallbackCurrency } = this.importInput(store.path, this.chosenFile(token), settings);
    return this.jobs.run(
      'dataset:append',
      { workspacePath: store.path, filePath, datasetId, settings, now, fallbackCurrency },
      jobId,
    );
  }

  forgetImport(token: string): void {
    this.chosenFiles.delete(token);
  }

  /** Imports a file named on the command line (or in a test) straight away. */
  importFile(filePath: string, settings: ImportSettings = {}, jobId?: string): Promise<DatasetInfo> {
    return this.runImport(this.registerFile(filePath).token, settings, jobId);
  }

  /** One page of a dataset's rows (sorted and searched in the worker) as Arrow IPC bytes. */
  page(datasetId: number, query: PageQuery): Promise<{ total: number; arrow: Uint8Array }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    return this.jobs.run('dataset:page', { workspacePath: store.path, datasetId, query });
  }

  async stats(datasetId: number): Promise<{ columns: ColumnStats[] }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    return { columns: await this.jobs.run('dataset:stats', { workspacePath: store.path, datasetId }) };
  }

  /** Joins a transactions dataset to a customers dataset on customer id; returns how they match. */
  async linkCustomers(
    datasetId: number,
    customersId: number | null,
  ): Promise<{ dataset: DatasetInfo; match: JoinStats | null }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    if (customersId === null) return { dataset: store.linkCustomers(datasetId, null), match: null };
    store.dataset(customersId);
    const match = await this.jobs.run('dataset:match', {
      workspacePath: store.path,
      transactionsId: datasetId,
      customersId,
    });
    return { dataset: store.linkCustomers(datasetId, customersId), match };
  }

  /** How a transactions dataset matches its linked customers dataset, if it has one. */
  async customerMatch(datasetId: number): Promise<JoinStats | null> {
    const store = this.requireStore();
    const { customersDatasetId } = store.dataset(datasetId);
    if (customersDatasetId === null) return null;
    return this.jobs.run('dataset:match', {
      workspacePath: store.path,
      transactionsId: datasetId,
      customersId: customersDatasetId,
    });
  }

  renameDataset(datasetId: number, name: string): DatasetInfo {
    return this.requireStore().renameDataset(datasetId, name);
  }

  /** The currency a dataset's money is shown in (detected at import; the user may correct it). */
  setDatasetCurrency(datasetId: number, currency: string): DatasetInfo {
    return this.requireStore().setDatasetCurrency(datasetId, currency);
  }

  deleteDataset(datasetId: number): void {
    this.requireStore().deleteDataset(datasetId);
  }

  /**
   * Runs a segmentation model on a dataset (in the worker) and stores the run — a new one, or,
   * with `replaceRunId`, the same run re-made from its edited spec (a segment renamed, a rule changed).
   */
  createRun(
    datasetId: number,
    spec: ModelSpec,
    options: { name?: string; jobId?: string; replaceRunId?: number } = {},
  ): Promise<{ run: RunInfo; result: RunResult }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    if (options.replaceRunId !== undefined && store.run(options.replaceRunId).datasetId !== datasetId) {
      throw new AppError(
        'E_BAD_SPEC',
        `Run ${options.replaceRunId} segments another dataset; an edit re-runs on the run's own dataset.`,
        { runId: options.replaceRunId },
      );
    }
    const input = {
      workspacePath: store.path,
      datasetId,
      spec,
      name: options.name,
      replaceRunId: options.replaceRunId,
      now: (this.deps.now ?? Date.now)(),
    };
    return this.jobs.run('run:create', input, options.jobId);
  }

  /**
   * Re-applies a run's spec to another analysis day, a window of days or another (appended)
   * dataset: a new run linked to it (RFM keeps its cut points unless `recompute`).
   */
  reapplyRun(
    runId: number,
    options: ReapplyOptions & { datasetId?: number; name?: string; jobId?: string },
  ): Promise<{ run: RunInfo; result: RunResult }> {
    const original = this.runDetails(runId);
    const spec = reappliedSpec(original.spec, original.result, runId, options);
    const datasetId = options.datasetId ?? original.run.datasetId;
    const when = options.analysisDate ?? 'latest';
    const name =
      options.name ?? `${original.run.name} → ${when}${options.windowDays ? ` · ${options.windowDays} d` : ''}`;
    return this.createRun(datasetId, spec, { name, jobId: options.jobId });
  }

  /** Two runs compared: who moved between segments, and the segments' KPIs before and after the first run's analysis day. */
  compareRuns(fromRunId: number, toRunId: number, jobId?: string): Promise<CompareResult> {
    const store = this.requireStore();
    store.run(fromRunId);
    store.run(toRunId);
    return this.jobs.run('run:compare', { workspacePath: store.path, fromRunId, toRunId }, jobId);
  }

  /** Two runs compared for the Compare page: the matrix, the moves (in all and per row) and the KPIs. */
  async comparison(fromRunId: number, toRunId: number, jobId?: string): Promise<Comparison> {
    const { migration, kpis } = await this.compareRuns(fromRunId, toRunId, jobId);
    return comparisonOf(migration, kpis);
  }

  /**
   * Writes the customers of one row of a comparison's matrix (a first-run segment, or "(new)"),
   * all of them or those that moved one way, as CSV (UTF-8 with BOM): id, segment before and
   * after, the move. With `filePath` null, a save dialog asks where; null when cancelled.
   */
  async exportMoves(
    fromRunId: number,
    toRunId: number,
    row: string,
    move: Move | null,
    lang: Language,
    filePath: string | null = null,
  ): Promise<ExportResult | null> {
    const { migration } = await this.compareRuns(fromRunId, toRunId);
    const r = migration.rows.indexOf(row);
    if (r < 0)
      throw new AppError('E_NOT_FOUND', `Run ${fromRunId} has no segment "${row}".`, { row, rows: migration.rows });
    const [from, to] = [this.runDetails(fromRunId), this.runDetails(toRunId)];
    const t = createTranslate(lang);
    const name = (key: string, result: RunResult) => rowLabel(key, result.segments, lang, (k) => t(k));
    const { ids, row: rows, col, move: moves } = migration.customers;
    const lines: Cell[][] = [
      lang === 'zh-CN'
        ? ['客户ID', '之前的分群', '之后的分群', '变化']
        : ['Customer ID', 'Segment before', 'Segment after', 'Move'],
    ];
    ids.forEach((id, i) => {
      if (rows[i] === r && (move === null || moves[i] === move))
        lines.push([id, name(migration.rows[rows[i]], from.result), name(migration.cols[col[i]], to.result), moves[i]]);
    });
    const target =
      filePath ?? (await this.saveTarget(from.run.name, `${row.replace(/[()]/g, '')}${move ? `-${move}` : ''}`, 'csv'));
    return target ? writeCsvList(target, lines) : null;
  }

  /** A campaign results file (test / control, responded, revenue) compared per segment of a run. */
  campaignResults(
    runId: number,
    file: string,
    columns: CampaignColumns = {},
    jobId?: string,
  ): Promise<CampaignResultsInfo> {
    const store = this.requireStore();
    store.run(runId);
    return this.jobs.run('campaign:results', { workspacePath: store.path, runId, file, columns }, jobId);
  }

  /** The campaign results file chosen in a dialog (import:choose), compared per segment of a run, and kept with the run (named after the file). */
  async campaignResultsOf(
    runId: number,
    token: string,
    columns: CampaignColumns = {},
    jobId?: string,
  ): Promise<SavedCampaign> {
    return this.saveCampaign(runId, this.chosenFile(token), columns, jobId);
  }

  /** A campaign results file compared per segment of a run and kept with the run, named after the file. */
  async saveCampaign(
    runId: number,
    file: string,
    columns: CampaignColumns = {},
    jobId?: string,
  ): Promise<SavedCampaign> {
    const results = await this.campaignResults(runId, file, columns, jobId);
    const { db } = this.requireStore();
    const id = insertCampaign(db, runId, basename(file), results);
    return readCampaigns(db, runId).find((c) => c.id === id)!;
  }

  /**
   * Draws a seeded control group within each chosen segment of a run and saves both lists as one
   * CSV (id, segment, group) where the user chooses; null when they cancelled.
   */
  async pickGroups(
    runId: number,
    segments: string[],
    controlShare: number,
    seed: number,
    lang: Language,
    filePath: string | null = null,
  ): Promise<ExportResult | null> {
    const { run, result } = this.runDetails(runId);
    const members = membership(this.runMembers(runId), result);
    const unknown = segments.filter((k) => !members.keys.includes(k));
    if (unknown.length)
      throw new AppError('E_NOT_FOUND', `Run ${runId} has no segment ${unknown.join(', ')}.`, { segments: unknown });
    const split = splitGroups(members, segments, controlShare, seed);
    const name = (key: string) => result.segments.find((x) => x.key === key)?.name[lang] ?? key;
    const word = lang === 'zh-CN' ? { test: '实验组', control: '对照组' } : { test: 'test', control: 'control' };
    const lines: Cell[][] = [lang === 'zh-CN' ? ['客户ID', '分群', '分组'] : ['Customer ID', 'Segment', 'Group']];
    for (const side of ['test', 'control'] as const)
      for (const r of split[side]) lines.push([r.id, name(r.segment), word[side]]);
    const target =
      filePath ??
      (await this.saveTarget(run.name, lang === 'zh-CN' ? `实验与对照-${seed}` : `groups-seed-${seed}`, 'csv'));
    return target ? writeCsvList(target, lines) : null;
  }

  /** The campaigns kept with a run, oldest first. */
  savedCampaigns(runId: number): SavedCampaign[] {
    const { db } = this.requireStore();
    this.requireStore().run(runId);
    return readCampaigns(db, runId);
  }

  /** A run's info, spec and result. */
  runDetails(runId: number): { run: RunInfo; spec: ModelSpec; result: RunResult; notes: Record<string, string> } {
    const { db } = this.requireStore();
    return { ...readRun(db, runId), notes: readSegmentNotes(db, runId) };
  }

  /** One page of a run's members (of one segment, or all) as Arrow IPC bytes, sorted and searched in the worker. */
  runMembersPage(runId: number, query: PageQuery, segment?: number): Promise<{ total: number; arrow: Uint8Array }> {
    const store = this.requireStore();
    store.run(runId);
    return this.jobs.run('run:page', { workspacePath: store.path, runId, query, segment });
  }

  /** The rule builder's fields (values or ranges) and the templates a dataset can carry. */
  ruleFields(
    datasetId: number,
    analysisDate?: string,
  ): Promise<{ customers: number; fields: RuleFieldInfo[]; templates: RuleTemplateInfo[] }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    return this.jobs.run('rules:fields', {
      workspacePath: store.path,
      datasetId,
      analysisDate,
      now: (this.deps.now ?? Date.now)(),
    });
  }

  /** Customers each rule would take (first match), and those none would: live counts while editing. */
  ruleCounts(
    datasetId: number,
    rules: SegmentRule[],
    analysisDate?: string,
  ): Promise<{ counts: number[]; others: number }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    return this.jobs.run('rules:counts', {
      workspacePath: store.path,
      datasetId,
      rules,
      analysisDate,
      now: (this.deps.now ?? Date.now)(),
    });
  }

  /** Rules for bands of one number field: equal width, quantiles, or the user's edges (e.g. age 18, 26, 36, 46, 56). */
  ruleBands(datasetId: number, bands: BandsRequest, analysisDate?: string): Promise<{ rules: SegmentRule[] }> {
    const store = this.requireStore();
    store.dataset(datasetId);
    return this.jobs.run('rules:bands', {
      workspacePath: store.path,
      datasetId,
      bands,
      analysisDate,
      now: (this.deps.now ?? Date.now)(),
    });
  }

  /** The user's notes for one segment of a run (the playbook); empty notes are removed. */
  setSegmentNote(runId: number, segmentKey: string, notes: string): Record<string, string> {
    const { db } = this.requireStore();
    writeSegmentNote(db, runId, segmentKey, notes);
    return readSegmentNotes(db, runId);
  }

  /** A run's per-customer columns: id, segment, the model's values. */
  runMembers(runId: number): Table {
    return readRunMembers(this.requireStore().db, runId);
  }

  renameRun(runId: number, name: string): RunInfo {
    return this.requireStore().renameRun(runId, name);
  }

  deleteRun(runId: number): void {
    this.requireStore().deleteRun(runId);
  }

  private runRef(runId: number) {
    const store = this.requireStore();
    return {
      store,
      run: store.run(runId),
      ref: { workspacePath: store.path, runId, now: (this.deps.now ?? Date.now)() },
    };
  }

  /** Asks where to save; null when the user cancelled. */
  private async saveTarget(runName: string, suffix: string, kind: SaveKind): Promise<string | null> {
    const path = await this.deps.dialogs.chooseSaveFile(exportFileName(runName, suffix, kind), kind);
    return path ? withExtension(path, kind) : null;
  }

  /** k-means for each k in a range on a clustering spec's fields: the yardsticks and the recommended k. */
  chooseK(datasetId: number, spec: ClusterSpec, kMin: number, kMax: number, jobId?: string): Promise<ChooseKResult> {
    const store = this.requireStore();
    store.dataset(datasetId);
    if (kMin >= kMax)
      throw new AppError('E_BAD_SPEC', `Give a range of k: from ${kMin} to more than ${kMin}.`, { kMin, kMax });
    return this.jobs.run(
      'cluster:chooseK',
      { workspacePath: store.path, datasetId, spec, kMin, kMax, now: (this.deps.now ?? Date.now)() },
      jobId,
    );
  }

  /** Whether reports can be printed to PDF here. */
  get canPrintPdf(): boolean {
    return this.deps.printPdf !== undefined;
  }

  /** The columns a run's members can be exported with. */
  exportColumns(runId: number): Promise<ExportColumn[]> {
    return this.jobs.run('export:columns', this.runRef(runId).ref);
  }

  /** Writes a run's members (chosen segments and columns) to a file the user chooses; null when they cancelled. */
  async exportMembers(runId: number, options: MembersExport, jobId?: string): Promise<ExportResult | null> {
    const { run } = this.runRef(runId);
    const filePath = await this.saveTarget(run.name, options.lang === 'zh-CN' ? '客户名单' : 'members', options.format);
    return filePath ? this.exportMembersTo(runId, options, filePath, jobId) : null;
  }

  /** Writes a run's members to a given file (the CLI, and after the save dialog). */
  exportMembersTo(runId: number, options: MembersExport, filePath: string, jobId?: string): Promise<ExportResult> {
    return this.jobs.run('export:members', { ...this.runRef(runId).ref, options, filePath }, jobId);
  }

  /** Writes a run's segment summary to a file the user chooses; null when they cancelled. */
  async exportSummary(runId: number, options: SummaryExport): Promise<ExportResult | null> {
    const { run } = this.runRef(runId);
    const filePath = await this.saveTarget(run.name, options.lang === 'zh-CN' ? '分群汇总' : 'summary', options.format);
    return filePath ? this.exportSummaryTo(runId, options, filePath) : null;
  }

  exportSummaryTo(runId: number, options: SummaryExport, filePath: string): Promise<ExportResult> {
    return this.jobs.run('export:summary', { ...this.runRef(runId).ref, options, filePath });
  }

  /** A run's report as one standalone HTML document (made in the worker). */
  reportHtml(runId: number, options: ReportOptions, jobId?: string): Promise<string> {
    const { store, ref } = this.runRef(runId);
    const demo = store.path === join(this.deps.stateDir, DEMO_WORKSPACE_FILE);
    return this.jobs.run(
      'report:html',
      { ...ref, ...options, appVersion: this.deps.appVersion, workspaceName: store.info().name, demo },
      jobId,
    );
  }

  /** Saves a run's report as HTML or PDF where the user chooses; null when they cancelled. */
  async exportReport(
    runId: number,
    format: 'html' | 'pdf',
    options: ReportOptions,
    jobId?: string,
  ): Promise<ExportResult | null> {
    const { run } = this.runRef(runId);
    if (format === 'pdf' && !this.deps.printPdf)
      throw new AppError('E_NO_PRINTER', 'No PDF printer is available; save the report as HTML.');
    const filePath = await this.saveTarget(run.name, options.lang === 'zh-CN' ? '报告' : 'report', format);
    return filePath ? this.exportReportTo(runId, format, options, filePath, jobId) : null;
  }

  async exportReportTo(
    runId: number,
    format: 'html' | 'pdf',
    options: ReportOptions,
    filePath: string,
    jobId?: string,
  ): Promise<ExportResult> {
    const html = await this.reportHtml(runId, options, jobId);
    let bytes: Uint8Array = Buffer.from(html, 'utf8');
    if (format === 'pdf') {
      if (!this.deps.printPdf)
        throw new AppError('E_NO_PRINTER', 'No PDF printer is available; save the report as HTML.');
      bytes = await this.deps.printPdf(html, options.paper);
    }
    return this.writeExport(filePath, bytes, this.requireStore().run(runId).customerCount);
  }

  /** Saves a chart's image (PNG or SVG, made in the renderer) where the user chooses; null when they cancelled. */
  async saveChart(format: 'png' | 'svg', data: Uint8Array, name: string): Promise<ExportResult | null> {
    const path = await this.deps.dialogs.chooseSaveFile(exportFileName(name, '', format), format);
    return path ? this.writeExport(withExtension(path, format), data, 0) : null;
  }

  private async writeExport(filePath: string, bytes: Uint8Array, rows: number): Promise<ExportResult> {
    await writeAtomically(filePath, (temp) => writeFileSync(temp, bytes));
    return { path: filePath, fileName: basename(filePath), bytes: statSync(filePath).size, rows, replaced: 0 };
  }

  cancelJob(jobId: string): boolean {
    return this.jobs.cancel(jobId);
  }

  async dispose(): Promise<void> {
    await this.closeStore();
    await this.jobs.dispose();
  }
}
