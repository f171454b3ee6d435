import { AppError } from '../../shared/errors';
import type {
  ExportColumn,
  ExportResult,
  MembersExport,
  ReportOptions,
  ReportSettings,
  SummaryExport,
} from '../../shared/exports';
import { readLogo } from '../io/read-logo';
import { readRunList } from '../store/run-lists';
import { readReportSettings, writeReportSettings } from '../store/report-settings';
import type { Language } from '../../shared/schemas';
import type { SqlExport } from '../../shared/sql-export';
import type { Move } from '../../shared/compare';
import { exportFileName, withExtension } from './export-file-name';
import { OverviewExportService } from './overview-export-service';
import type { ServiceContext } from './service-context';
import { readNonProducts } from '../store/non-product-settings';
import type { WorkspaceSession } from './workspace-session';

/** Exports: members, summaries, reports (HTML, PDF), a comparison's movers, chart images. */
export class ExportService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly session: WorkspaceSession,
  ) {}

  /** Whether reports can be printed to PDF here. */
  get canPrintPdf(): boolean {
    return this.ctx.deps.printPdf !== undefined;
  }

  /** The columns a run's members can be exported with. */
  exportColumns(runId: number): Promise<ExportColumn[]> {
    return this.ctx.jobs.run('export:columns', this.ctx.runRef(runId).ref);
  }

  /** Writes a run's members (chosen segments and columns) to a file the user chooses; null when they cancelled. */
  async exportMembers(runId: number, options: MembersExport, jobId?: string): Promise<ExportResult | null> {
    const { run } = this.ctx.runRef(runId);
    // A cross-sell list's export is named after the list (and the list must be the run's: E_NOT_FOUND before the dialog).
    const suffix =
      options.listId === undefined
        ? this.ctx.translate(options.lang)('exportFiles.members')
        : readRunList(this.ctx.requireStore().db, options.listId, run.id).name;
    const filePath = await this.ctx.saveTarget(run.name, suffix, options.format);
    return filePath ? this.exportMembersTo(runId, options, filePath, jobId) : null;
  }

  /** Writes a run's members to a given file (the CLI, and after the save dialog). */
  async exportMembersTo(
    runId: number,
    options: MembersExport,
    filePath: string,
    jobId?: string,
  ): Promise<ExportResult> {
    this.ctx.assertTarget(filePath);
    return this.ctx.jobs.run('export:members', { ...this.ctx.runRef(runId).ref, options, filePath }, jobId);
  }

  /** Writes a run's segment summary to a file the user chooses; null when they cancelled. */
  async exportSummary(runId: number, options: SummaryExport): Promise<ExportResult | null> {
    const { run } = this.ctx.runRef(runId);
    const suffix = this.ctx.translate(options.lang)('exportFiles.summary');
    const filePath = await this.ctx.saveTarget(run.name, suffix, options.format);
    return filePath ? this.exportSummaryTo(runId, options, filePath) : null;
  }

  async exportSummaryTo(runId: number, options: SummaryExport, filePath: string): Promise<ExportResult> {
    this.ctx.assertTarget(filePath);
    return this.ctx.jobs.run('export:summary', { ...this.ctx.runRef(runId).ref, options, filePath });
  }

  /** Writes a run's segmentation as SQL (a dialect, the client's table) to a file the user chooses; null when they cancelled. */
  async exportSql(runId: number, options: SqlExport): Promise<ExportResult | null> {
    const { run } = this.ctx.runRef(runId);
    const suffix = this.ctx.translate(options.lang)('exportFiles.sql', { dialect: options.dialect });
    const filePath = await this.ctx.saveTarget(run.name, suffix, 'sql');
    return filePath ? this.exportSqlTo(runId, options, filePath) : null;
  }

  async exportSqlTo(runId: number, options: SqlExport, filePath: string): Promise<ExportResult> {
    this.ctx.assertTarget(filePath);
    const { appVersion } = this.ctx.deps;
    return this.ctx.jobs.run('export:sql', { ...this.ctx.runRef(runId).ref, options, filePath, appVersion });
  }

  /** What the user chose for a run's report (title page, sections), or the defaults. */
  reportSettings(runId: number): ReportSettings {
    const { db } = this.ctx.requireStore();
    this.ctx.requireRun(runId);
    return readReportSettings(db, runId);
  }

  /** Keeps the report's title page and sections with the run (one transaction). */
  saveReportSettings(runId: number, settings: ReportSettings): ReportSettings {
    return writeReportSettings(this.ctx.requireWritable().db, runId, settings);
  }

  /** A logo the user chooses (PNG, JPEG or SVG, at most 512 KB) as a data: URI; null when they cancelled. */
  async chooseLogo(): Promise<string | null> {
    const path = await this.ctx.deps.dialogs.chooseImageFile();
    return path ? readLogo(path) : null;
  }

  /** A run's report as one standalone HTML document (made in the worker): the settings given, else those kept with the run. */
  reportHtml(runId: number, options: ReportOptions, jobId?: string): Promise<string> {
    const { run, ref } = this.ctx.runRef(runId);
    const store = this.ctx.requireStore();
    const demo = store.path === this.session.demoPath();
    const { appVersion } = this.ctx.deps;
    const settings = options.settings ?? readReportSettings(store.db, runId);
    return this.ctx.jobs.run(
      'report:html',
      {
        ...ref,
        lang: options.lang,
        paper: options.paper,
        settings,
        appVersion,
        workspaceName: store.info().name,
        demo,
        nonProducts: readNonProducts(store.db, run.datasetId).codes,
      },
      jobId,
    );
  }

  /**
   * Saves a run's report as HTML or PDF where the user chooses; null when they cancelled. The
   * title page and sections chosen are kept with the run (not in a workspace open read-only).
   */
  async exportReport(
    runId: number,
    format: 'html' | 'pdf',
    options: ReportOptions,
    jobId?: string,
  ): Promise<ExportResult | null> {
    const { run } = this.ctx.runRef(runId);
    if (format === 'pdf') this.printer();
    if (options.settings && !this.ctx.requireStore().readOnly) this.saveReportSettings(runId, options.settings);
    const suffix = this.ctx.translate(options.lang)('exportFiles.report');
    const filePath = await this.ctx.saveTarget(run.name, suffix, format);
    return filePath ? this.exportReportTo(runId, format, options, filePath, jobId) : null;
  }

  async exportReportTo(
    runId: number,
    format: 'html' | 'pdf',
    options: ReportOptions,
    filePath: string,
    jobId?: string,
  ): Promise<ExportResult> {
    this.ctx.assertTarget(filePath);
    const html = await this.reportHtml(runId, options, jobId);
    const bytes = format === 'pdf' ? await this.printer()(html, options.paper) : Buffer.from(html, 'utf8');
    return this.ctx.writeExport(filePath, bytes, this.ctx.requireRun(runId).customerCount);
  }

  /**
   * Writes the customers of one row of a comparison's matrix (a first-run segment, or "(new)"),
   * all of them or those that moved one way, as CSV (UTF-8 with BOM, made in the worker): id,
   * segment before and after, the move. With `filePath` null, a save dialog asks where; null when cancelled.
   */
  async exportMoves(
    fromRunId: number,
    toRunId: number,
    row: string,
    move: Move | null,
    lang: Language,
    filePath: string | null = null,
  ): Promise<ExportResult | null> {
    const { run: from, ref } = this.ctx.runRef(fromRunId);
    const to = this.ctx.requireRun(toRunId);
    const input = { workspacePath: ref.workspacePath, fromRunId: from.id, toRunId: to.id, row, move, lang };
    const { bytes, rows } = await this.ctx.jobs.run('run:exportMoves', input);
    const suffix = `${row.replace(/[()]/g, '')}${move ? `-${move}` : ''}`;
    const target = filePath ?? (await this.ctx.saveTarget(from.name, suffix, 'csv'));
    return target ? this.ctx.writeExport(target, bytes, rows) : null;
  }

  /** Saves a chart's image (PNG or SVG, made in the renderer) where the user chooses; null when they cancelled. */
  async saveChart(format: 'png' | 'svg', data: Uint8Array, name: string): Promise<ExportResult | null> {
    const path = await this.ctx.deps.dialogs.chooseSaveFile(exportFileName(name, '', format), format);
    return path ? this.ctx.writeExport(withExtension(path, format), data, 0) : null;
  }

  /** The Overview-only report of a dataset, to a file or through a save dialog (OverviewExportService). */
  readonly exportOverview: OverviewExportService['exportOverview'] = (...a) =>
    new OverviewExportService(this.ctx, this.session, () => this.printer()).exportOverview(...a);

  /** How reports become PDFs here; E_NO_PRINTER when there is none. */
  printer() {
    const { printPdf } = this.ctx.deps;
    if (!printPdf) throw new AppError('E_NO_PRINTER', 'No PDF printer is available; save the report as HTML.');
    return printPdf;
  }
}
