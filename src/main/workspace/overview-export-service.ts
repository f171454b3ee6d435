import { DEFAULT_REPORT_SETTINGS, type ExportResult, type ReportOptions } from '../../shared/exports';
import type { OverviewPeriod } from '../../shared/overview';
import type { ServiceContext } from './service-context';
import type { PrintPdf } from './service-deps';
import type { WorkspaceSession } from './workspace-session';

/** The Overview-only report: a dataset's Overview for a period as HTML or PDF, through the run report's pipeline. */
export class OverviewExportService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly session: WorkspaceSession,
    /** How reports become PDFs here (E_NO_PRINTER when there is none). */
    private readonly printer: () => PrintPdf,
  ) {}

  /** The report as one standalone HTML document (made in the worker); the title page given, else the default one. */
  overviewReportHtml(
    datasetId: number,
    period: OverviewPeriod,
    options: ReportOptions,
    jobId?: string,
  ): Promise<string> {
    const dataset = this.ctx.requireDataset(datasetId);
    const store = this.ctx.requireStore();
    const input = {
      workspacePath: store.path,
      datasetId: dataset.id,
      period,
      now: this.ctx.now(),
      lang: options.lang,
      paper: options.paper,
      appVersion: this.ctx.deps.appVersion,
      workspaceName: store.info().name,
      demo: store.path === this.session.demoPath(),
      settings: options.settings ?? DEFAULT_REPORT_SETTINGS,
    };
    return this.ctx.jobs.run('overview:report', input, jobId);
  }

  /**
   * Saves the Overview-only report as HTML or PDF: to `filePath` (the CLI), or where the user
   * chooses in a save dialog (null when they cancelled). E_NO_PRINTER for a PDF without a printer.
   */
  async exportOverview(
    datasetId: number,
    period: OverviewPeriod,
    format: 'html' | 'pdf',
    options: ReportOptions,
    filePath: string | null = null,
    jobId?: string,
  ): Promise<ExportResult | null> {
    const dataset = this.ctx.requireDataset(datasetId);
    const print = format === 'pdf' ? this.printer() : null;
    const suffix = this.ctx.translate(options.lang)('overviewReport.fileSuffix');
    const target = filePath ?? (await this.ctx.saveTarget(dataset.name, suffix, format));
    if (!target) return null;
    this.ctx.assertTarget(target);
    const html = await this.overviewReportHtml(datasetId, period, options, jobId);
    const bytes = print ? await print(html, options.paper) : Buffer.from(html, 'utf8');
    return this.ctx.writeExport(target, bytes, dataset.rowCount);
  }
}
